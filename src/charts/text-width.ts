// The width of a label in the chart font, so the value axis can be given the room its tick
// labels need before it is drawn (Recharts' width="auto" measures them in a second pass).

let context: CanvasRenderingContext2D | null | undefined;
let family = 'sans-serif';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Pixels `text` takes at `size` px in the page's font; an estimate where no canvas exists. */
export function textWidth(text: string, size = 12): number {
  if (context === undefined) {
    // jsdom has no canvas (and says so on the console): estimate there.
    const canvas = typeof document !== 'undefined' && !/jsdom/i.test(navigator.userAgent);
    context = canvas ? document.createElement('canvas').getContext('2d') : null;
    if (context) family = getComputedStyle(document.body).fontFamily || family;
  }
  if (context) {
    context.font = `${size}px ${family}`;
    const measured = context.measureText(text).width;
    if (measured > 0) return measured;
  }
  let width = 0;
  for (const ch of text) width += CJK.test(ch) ? size : size * 0.6;
  return width;
}
