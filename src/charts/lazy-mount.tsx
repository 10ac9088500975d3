import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { whenIdle } from './when-idle';
import { DRAW_ALL_EVENT, isDrawingAll } from './draw-all';

/**
 * Renders its children once the box comes near the viewport. The box keeps its height before
 * and after, so nothing on the page shifts when a chart is drawn.
 *
 * A box inside the viewport is drawn at once; one that is only near it (within `margin`) waits
 * a second and then for the browser to be idle, so the charts a reader sees first, and the
 * first interaction with them, are not delayed by the ones below the fold, and those are ready
 * before a scroll reaches them.
 *
 * Before printing (the Print action, or the browser's own print command) every box is drawn at
 * once, so a printed report has every chart, including those never scrolled to.
 */
export function LazyMount({ height, children, margin = '400px' }: { height: number; children: ReactNode; margin?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(() => typeof IntersectionObserver === 'undefined' || isDrawingAll());

  // A box already in the viewport when it is first laid out is drawn in the same commit, before
  // the browser paints, rather than a frame later when the IntersectionObserver first reports:
  // the first screen's charts (and with them the takeover, app/first-screen.ts) come sooner.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!shown && el && typeof IntersectionObserver !== 'undefined' && inViewport(el.getBoundingClientRect())) setShown(true);
    // Only at mount: later the observer decides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (shown || !el) return;
    let cancelIdle: (() => void) | undefined;
    const io = new IntersectionObserver(
      (entries) => {
        // Once near, a chart is drawn even if a fast scroll has already carried it away again.
        const near = entries.filter((e) => e.isIntersecting);
        if (near.length === 0) return;
        if (near.some((e) => inViewport(e.boundingClientRect))) {
          cancelIdle?.();
          io.disconnect();
          setShown(true);
        } else if (!cancelIdle) {
          cancelIdle = whenIdle(() => {
            io.disconnect();
            setShown(true);
          }, IDLE_PAUSE_MS);
        }
      },
      { rootMargin: margin },
    );
    io.observe(el);
    const drawNow = () => {
      cancelIdle?.();
      io.disconnect();
      // Synchronously: the browser lays the page out for print right after `beforeprint`.
      flushSync(() => setShown(true));
    };
    window.addEventListener('beforeprint', drawNow);
    window.addEventListener(DRAW_ALL_EVENT, drawNow);
    return () => {
      cancelIdle?.();
      io.disconnect();
      window.removeEventListener('beforeprint', drawNow);
      window.removeEventListener(DRAW_ALL_EVENT, drawNow);
    };
  }, [shown, margin]);

  return (
    <div ref={ref} className="lazy-box" style={{ minHeight: height }} data-drawn={shown ? 'true' : 'false'}>
      {shown ? children : null}
    </div>
  );
}

function inViewport(box: DOMRectReadOnly): boolean {
  return box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
}

// A chart near the viewport waits this long before it looks for idle time: the charts in the
// viewport settle first (Recharts renders a few times), and the page is then left to the
// reader's first pointer or key on them (a tooltip to mount, a point to read) rather than
// spending that moment on charts not yet seen. At 300 ms these charts were drawn in the very
// stretch after the takeover where the first hover arrives (docs/performance.md). A scroll
// that brings a box into the viewport still draws it at once.
const IDLE_PAUSE_MS = 1000;
