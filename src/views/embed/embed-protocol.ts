import '../../data/dataset/zod-setup';
import { z } from 'zod/mini';

// The embed protocol of the contract. The dashboard talks only to a parent whose exact origin
// embedParentOrigins allows, and accepts only the documented message from it.

export const RESIZE = 'indicator-dashboard:resize';
export const SET = 'indicator-dashboard:set';

const setMessage = z.strictObject({
  type: z.literal(SET),
  lang: z.optional(z.enum(['zh', 'en'])),
  appearance: z.optional(z.enum(['auto', 'light', 'dark'])),
});

export type SetMessage = z.output<typeof setMessage>;

/** The embedding page's origin, when the browser tells it. */
export function parentOrigin(win: Window = window): string | null {
  if (win.parent === win) return null;
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0 && ancestors[0] !== 'null') return ancestors[0] ?? null;
  try {
    return win.document.referrer ? new URL(win.document.referrer).origin : null;
  } catch {
    return null;
  }
}

export function isAllowedParent(origin: string | null, allowed: readonly string[]): origin is string {
  return origin !== null && origin !== 'null' && (allowed.includes('*') || allowed.includes(origin));
}

/** A `set` message in the documented shape from the allowed parent, or null for anything else. */
export function readSetMessage(event: MessageEvent, parent: Window, allowed: readonly string[]): SetMessage | null {
  if (event.source !== parent || !isAllowedParent(event.origin, allowed)) return null;
  const parsed = setMessage.safeParse(event.data);
  return parsed.success ? parsed.data : null;
}

export function postHeight(height: number, parent: Window, origin: string): void {
  parent.postMessage({ type: RESIZE, height: Math.ceil(height) }, origin);
}

/**
 * Set messages merged until the next frame, then applied once: a host (or a hostile page) that
 * sends a thousand in a row costs one navigation and one render, not a thousand. The latest
 * value of each key wins. A frame may never come in a hidden or throttled iframe, so a short
 * timer applies them as well, whichever is first.
 */
export function coalesceSetMessages(
  apply: (changes: Pick<SetMessage, 'lang' | 'appearance'>) => void,
  schedule: (run: () => void) => () => void = nextFrameOrSoon,
): { push: (message: SetMessage) => void; cancel: () => void } {
  let pending: Pick<SetMessage, 'lang' | 'appearance'> | null = null;
  let cancelScheduled: (() => void) | null = null;
  const flush = () => {
    cancelScheduled = null;
    const changes = pending;
    pending = null;
    if (changes) apply(changes);
  };
  return {
    push(message) {
      pending = { ...pending };
      if (message.lang) pending.lang = message.lang;
      if (message.appearance) pending.appearance = message.appearance;
      cancelScheduled ??= schedule(flush);
    },
    cancel() {
      cancelScheduled?.();
      cancelScheduled = null;
      pending = null;
    },
  };
}

const SOON_MS = 100;

function nextFrameOrSoon(run: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    run();
  };
  const frame = requestAnimationFrame(once);
  const timer = setTimeout(once, SOON_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
