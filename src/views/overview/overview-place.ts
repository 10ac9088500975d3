import { useLayoutEffect, type RefObject } from 'react';

// Where the reader was on the overview: how far down, and which indicator they opened. Leaving
// the overview by any link (an indicator's title, a card) and coming back by "← 返回总览", the
// header or Back returns to the same place, with focus on the link the reader followed, so a
// keyboard user carries on from there. Kept for the page's life only (the overview is one per
// document).

interface Place {
  scrollY: number;
  /** The address of the link followed from the overview, if any. */
  href: string | undefined;
}

let place: Place | null = null;

export function useOverviewPlace(root: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = root.current;
    const saved = place;
    if (saved) {
      window.scrollTo(0, saved.scrollY);
      const link = saved.href === undefined ? undefined : [...(element?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])].find((a) => a.getAttribute('href') === saved.href);
      link?.focus({ preventScroll: true });
    }
    let followed: string | undefined;
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
      if (link) followed = link.getAttribute('href') ?? undefined;
    };
    element?.addEventListener('click', onClick, true);
    return () => {
      element?.removeEventListener('click', onClick, true);
      // Runs before the next view is laid out, while the overview still sets the scroll.
      place = { scrollY: window.scrollY, href: followed };
    };
  }, [root]);
}
