import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The content width of an element, kept current as the layout changes, and whether it is known.
 * It is first measured before the browser paints, so a chart that waits for `known` is drawn
 * once, at its width, instead of once at no width and again (downsampled) at the right one.
 * Without ResizeObserver (tests in jsdom) the width stays 0 and counts as known.
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  const [measured, setMeasured] = useState(() => typeof ResizeObserver === 'undefined');
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const style = getComputedStyle(el);
    setWidth(Math.round(el.clientWidth - parseFloat(style.paddingLeft || '0') - parseFloat(style.paddingRight || '0')));
    setMeasured(true);
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) setWidth(Math.round(box.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width, measured] as const;
}
