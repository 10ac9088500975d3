// The first screen needs config.json and then the dataset. Waiting for the whole app to be
// evaluated and rendered before asking for them costs a few hundred milliseconds, so main.tsx
// starts both requests before anything else is evaluated, and the fetch client (fetch-json.ts)
// takes a response from here instead of asking again. Only requests the app would make anyway
// are started: config.json, and the dataset config.json names (or the default) when the
// address has no `data=` and the dataset is on this origin with default credentials.

/** The dataset config.json names when it names none (also config.ts's default). */
export const DEFAULT_DATA_URL = 'data/sichuan-industry.json';

/** The headers of every data request, early or not. */
export const FETCH_HEADERS: Readonly<Record<string, string>> = { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5' };
const started = new Map<string, Promise<Response>>();

/** The early response for this request, once: later requests for it go to the network. */
export function takeEarlyResponse(url: string, credentials: RequestCredentials): Promise<Response> | undefined {
  if (credentials !== 'same-origin') return undefined;
  const pending = started.get(url);
  started.delete(url);
  return pending;
}

function start(url: string): Promise<Response> {
  const pending = fetch(url, { credentials: 'same-origin', headers: FETCH_HEADERS });
  // A failure is the taker's to report; unhandled here it would only be noise.
  pending.catch(() => undefined);
  started.set(url, pending);
  return pending;
}

function addressNamesData(hash: string): boolean {
  const query = hash.indexOf('?');
  return query >= 0 && new URLSearchParams(hash.slice(query + 1)).has('data');
}

/** What the entry started: config.json as read (undefined when it could not be read) and the dataset request, if any. */
export interface EarlyFetches {
  /** config.json's JSON; `{}` for a 404 (the defaults); undefined when unreadable or not JSON. */
  config: Promise<unknown>;
  /**
   * The dataset request started early: its absolute address, and its bytes when that address is
   * the one asked to keep a copy of (the first screen's); undefined when none was started.
   */
  data: Promise<{ url: string; bytes: Promise<ArrayBuffer | undefined> | undefined } | undefined>;
}

const NONE: EarlyFetches = { config: Promise.resolve(undefined), data: Promise.resolve(undefined) };

/**
 * Starts config.json and then the dataset it names. `copyOf`: a dataset address whose bytes the
 * caller also reads (the first screen's fingerprint), from a copy of the response taken before
 * the app can read it: the dataset is fetched once.
 */
export function startEarlyFetches(copyOf?: string): EarlyFetches {
  if (typeof window === 'undefined' || typeof fetch !== 'function') return NONE;
  const configResponse = start(new URL('config.json', document.baseURI).href);
  const config = configResponse
    .then(async (response): Promise<unknown> => {
      if (response.status === 404) return {};
      return response.ok ? ((await response.clone().json()) as unknown) : undefined;
    })
    .catch(() => undefined);
  if (addressNamesData(window.location.hash)) return { config, data: Promise.resolve(undefined) };
  const data = config.then((raw) => {
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { dataUrl, dataCredentials } = raw as { dataUrl?: unknown; dataCredentials?: unknown };
    if (dataCredentials !== undefined && dataCredentials !== 'same-origin') return undefined;
    let url: URL;
    try {
      url = new URL(typeof dataUrl === 'string' && dataUrl !== '' ? dataUrl : DEFAULT_DATA_URL, document.baseURI);
    } catch {
      return undefined;
    }
    if (url.origin !== window.location.origin || started.has(url.href)) return undefined;
    const response = start(url.href);
    if (url.href !== copyOf) return { url: url.href, bytes: undefined };
    // The first callback on the response: it copies the body before any taker reads it.
    const bytes = response.then((r) => (r.ok ? r.clone().arrayBuffer() : undefined)).catch(() => undefined);
    return { url: url.href, bytes };
  });
  return { config, data };
}
