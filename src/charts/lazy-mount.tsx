import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders its children once the box comes near the viewport. The box keeps its height before
 * and after, so nothing on the page shifts when a chart is drawn.
 */
export function LazyMount({ height, children, margin = '400px' }: { height: number; children: ReactNode; margin?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(() => typeof IntersectionObserver === 'undefined');

  useEffect(() => {
    const el = ref.current;
    if (shown || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setShown(true);
          io.disconnect();
        }
      },
      { rootMargin: margin },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [shown, margin]);

  return (
    <div ref={ref} className="lazy-box" style={{ minHeight: height }} data-drawn={shown ? 'true' : 'false'}>
      {shown ? children : null}
    </div>
  );
}
