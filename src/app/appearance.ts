import { useSyncExternalStore } from 'react';
import type { Appearance } from './app-params';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const mql = window.matchMedia(QUERY);
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;
}

/** The appearance actually in force: `auto` follows the system and changes with it. */
export function useResolvedAppearance(appearance: Appearance): 'light' | 'dark' {
  const dark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  if (appearance === 'auto') return dark ? 'dark' : 'light';
  return appearance;
}
