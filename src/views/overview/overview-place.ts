import { useLayoutEffect, type RefObject } from 'react';

// Where the reader was on the overview: how far down, and which indicator they opened. Leaving
// the overview by any link (an indicator's title, a card) and coming back by "← 返回总览", the
// header or Back returns to the same place, with focus on the link the reader followed, so a
// keyboard user carries on from there. Kept for the page's life only (the overview is one per
// document).

interface Place {
  scrollY: number;
  /** The link followed from the overview, if any: its address, and which of the links with that address (a headline card and a chart both link to an indicator). */
  followed: { href: string; nth: number } | undefined;
}

function linksTo(root: HTMLElement | null, href: string): HTMLAnchorElement[] {
  return [...(root?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])].filter((a) => a.getAttribute('href') === href);
}

let place: Place | null = null;

export function useOverviewPlace(root: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = root.current;
    const saved = place;
    if (saved) {
      window.scrollTo(0, saved.scrollY);
      if (saved.followed) linksTo(element, saved.followed.href)[saved.followed.nth]?.focus({ preventScroll: true });
    }
    let followed: Place['followed'];
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#/"]') : null;
      const href = link?.getAttribute('href');
      if (link && href) followed = { href, nth: linksTo(element, href).indexOf(link) };
    };
    element?.addEventListener('click', onClick, true);
    return () => {
      element?.removeEventListener('click', onClick, true);
      // Runs before the next view is laid out, while the overview still sets the scroll.
      place = { scrollY: window.scrollY, followed: followed ?? saved?.followed };
    };
  }, [root]);
}
