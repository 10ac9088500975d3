import { useSyncExternalStore } from 'react';
import type { Lang } from '../i18n/lang';

// Which colour means "up": red in Chinese usage (红涨绿跌), green in English usage. A reader may
// flip it; the choice is a personal preference of this browser, like a font size, so it is
// kept in local storage rather than in shared links.

export type RiseColour = 'red' | 'green';
export type RisePreference = 'auto' | RiseColour;

const KEY = 'indicator-dashboard:rise-colour';
const listeners = new Set<() => void>();

function read(): RisePreference {
  try {
    const v = window.localStorage.getItem(KEY);
    return v === 'red' || v === 'green' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener('storage', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onChange);
  };
}

export function setRisePreference(value: RisePreference): void {
  try {
    if (value === 'auto') window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, value);
  } catch {
    /* storage may be disabled: the language's convention then stays in force */
  }
  for (const l of listeners) l();
}

export function useRisePreference(): RisePreference {
  return useSyncExternalStore(subscribe, read, () => 'auto');
}

export function riseColour(preference: RisePreference, lang: Lang): RiseColour {
  if (preference !== 'auto') return preference;
  return lang === 'zh' ? 'red' : 'green';
}
