import { useSyncExternalStore } from 'react';
import type { Lang } from '../i18n/lang';

// Which colour means "up": red in Chinese usage (红涨绿跌), green in English usage. A reader may
// flip it; the choice is a personal preference of this browser, like a font size, so it is
// kept in local storage rather than in shared links.

export type RiseColour = 'red' | 'green';
export type RisePreference = 'auto' | RiseColour;

const KEY = 'indicator-dashboard:rise-colour';
const listeners = new Set<() => void>();

function readStorage(): RisePreference {
  try {
    const v = window.localStorage.getItem(KEY);
    return v === 'red' || v === 'green' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

// Every change-coloured figure reads the preference on each render; local storage is read once
// and again only when this page or another tab changes it.
let current: RisePreference | undefined;

function read(): RisePreference {
  current ??= readStorage();
  return current;
}

function onStorage(event: StorageEvent): void {
  if (event.key !== null && event.key !== KEY) return;
  current = readStorage();
  for (const l of listeners) l();
}

function subscribe(onChange: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

export function setRisePreference(value: RisePreference): void {
  try {
    if (value === 'auto') window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, value);
  } catch {
    /* storage may be disabled: the choice then lasts as long as the page */
  }
  current = value;
  for (const l of listeners) l();
}

export function useRisePreference(): RisePreference {
  return useSyncExternalStore(subscribe, read, () => 'auto');
}

export function riseColour(preference: RisePreference, lang: Lang): RiseColour {
  if (preference !== 'auto') return preference;
  return lang === 'zh' ? 'red' : 'green';
}
