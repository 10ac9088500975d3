// Drawing every lazily mounted chart at once, for printing: the Print action asks for it and
// waits until the charts are on the page before it opens the browser's print dialog.

export const DRAW_ALL_EVENT = 'indicator-dashboard:draw-all';

let drawingAll = false;

/**
 * Every chart is being drawn (for printing) until the event being handled is over: a lazy box
 * mounted meanwhile, in a part of the page rendered for the print, is drawn at once too.
 */
function markDrawingAll(): void {
  if (drawingAll) return;
  drawingAll = true;
  setTimeout(() => {
    drawingAll = false;
  });
}

// Registered when this module is first evaluated, so before any component's own listener: those
// already see the mark.
if (typeof window !== 'undefined') window.addEventListener('beforeprint', markDrawingAll);

/** Whether every chart is being drawn now: before printing, or on drawAllCharts. */
export function isDrawingAll(): boolean {
  return drawingAll;
}

function pending(root: ParentNode): number {
  // A box still empty, or drawn but its chart not yet measured and rendered.
  return [...root.querySelectorAll<HTMLElement>('.lazy-box')].filter(
    (box) => box.dataset.drawn !== 'true' || (box.childElementCount > 0 && box.querySelector('svg, [role="alert"], table, .chart-failed') === null),
  ).length;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Draws every chart and resolves once they are drawn (or after `timeoutMs`, whichever is first). */
export async function drawAllCharts(root: ParentNode = document, timeoutMs = 5000): Promise<void> {
  markDrawingAll();
  window.dispatchEvent(new Event(DRAW_ALL_EVENT));
  const until = performance.now() + timeoutMs;
  while (pending(root) > 0 && performance.now() < until) await frame();
  // Two more frames for the charts' own second render (Recharts measures, then draws).
  await frame();
  await frame();
}
