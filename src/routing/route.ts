import { useSyncExternalStore } from 'react';

// Views live in the hash (contract), so the app works from any sub-path of a plain static
// server with no rewrite rules. The hash is the single source of truth for view state.

export type Route =
  | { name: 'overview' }
  | { name: 'indicator'; id: string }
  | { name: 'compare' }
  | { name: 'present' }
  | { name: 'plan' }
  | { name: 'embed'; id: string }
  | { name: 'not-found'; path: string };

export type RouteName = Route['name'];

export interface HashLocation {
  route: Route;
  path: string;
  params: URLSearchParams;
}

export function parseHash(hash: string): HashLocation {
  const body = hash.replace(/^#/, '');
  const q = body.indexOf('?');
  const rawPath = (q >= 0 ? body.slice(0, q) : body) || '/';
  const params = new URLSearchParams(q >= 0 ? body.slice(q + 1) : '');
  const path = rawPath.startsWith('/') ? rawPath : `/${rawPath}`;
  return { route: matchRoute(path), path, params };
}

function matchRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return { name: 'overview' };
  const [head, id, ...rest] = parts;
  if (rest.length === 0) {
    if (head === 'indicator' && id) return { name: 'indicator', id };
    if (head === 'embed' && id) return { name: 'embed', id };
    if (head === 'compare' && !id) return { name: 'compare' };
    if (head === 'present' && !id) return { name: 'present' };
    if (head === 'plan' && !id) return { name: 'plan' };
  }
  return { name: 'not-found', path };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function buildHash(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return `#${path}${query ? `?${query}` : ''}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

const getHash = () => window.location.hash;

export function useHash(): string {
  return useSyncExternalStore(subscribe, getHash, () => '');
}

/**
 * Moves to a new address. Every view change is a history entry so back and forward step
 * through them; `replace` is for continuous gestures (a brush being dragged).
 */
export function navigate(hash: string, { replace = false } = {}): void {
  if (hash === window.location.hash) return;
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  if (replace) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(window.history.state, '', url);
  // pushState fires no event of its own; tell subscribers the address changed.
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The same view with some parameters changed; `undefined` or '' removes a parameter. */
export function withParams(hash: string, changes: Record<string, string | undefined>): string {
  const { path, params } = parseHash(hash);
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, value);
  }
  return buildHash(path, next);
}
