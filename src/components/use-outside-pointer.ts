import { useEffect, type RefObject } from 'react';

/** While `open`, a pointer pressed outside every one of `inside` calls `close` (a menu's or a panel's light dismiss). */
export function useOutsidePointer(open: boolean, inside: readonly RefObject<HTMLElement | null>[], close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!inside.some((ref) => ref.current?.contains(target))) close();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
    // The refs are stable and close only sets state: the listener follows `open` alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
}
