// Keyboard movement through a chart's points: ←/→ step, Home/End jump, Esc lets go.
// `null` means no point is focused; the result `undefined` means the key is not ours.

export function nextFocusIndex(key: string, current: number | null, count: number): number | null | undefined {
  if (count === 0) return key === 'Escape' ? null : undefined;
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return current === null ? 0 : Math.min(current + 1, last);
    case 'ArrowLeft':
    case 'ArrowUp':
      return current === null ? last : Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'Escape':
      return null;
    default:
      return undefined;
  }
}
