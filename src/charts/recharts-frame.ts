import { useEffect, useState, type ComponentType } from 'react';
import type { FigureChartProps } from './chart-frame';

// The Recharts frame (figure-chart.tsx) is a chunk of its own: the overview's cards draw in the
// plain SVG frame (svg-chart.tsx), so the first screen never loads Recharts. Every other view
// asks for it as its own chunk starts loading (app.tsx), beside config and data, and a wide
// figure that renders before it has arrived keeps its box until it has.

let frame: ComponentType<FigureChartProps> | undefined;
let pending: Promise<ComponentType<FigureChartProps>> | undefined;

/** Starts loading the Recharts frame, once; resolves with it. */
export function loadRechartsFrame(): Promise<ComponentType<FigureChartProps>> {
  pending ??= import('./figure-chart').then(
    (mod) => (frame = mod.FigureChart),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/**
 * The Recharts frame, or undefined while it loads (the caller renders once more when it has
 * arrived). A chunk that cannot be fetched is thrown to the nearest error boundary, which keeps
 * the figure's frame and says the chart could not be drawn.
 */
export function useRechartsFrame(wanted = true): ComponentType<FigureChartProps> | undefined {
  const [loaded, setLoaded] = useState(() => frame);
  const [failed, setFailed] = useState<unknown>(undefined);
  useEffect(() => {
    if (loaded || !wanted) return;
    let live = true;
    loadRechartsFrame().then(
      (component) => live && setLoaded(() => component),
      (error: unknown) => live && setFailed(error),
    );
    return () => {
      live = false;
    };
  }, [loaded, wanted]);
  if (failed !== undefined) throw failed instanceof Error ? failed : new Error(String(failed));
  return loaded;
}
