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
