// The first screen needs config.json and then the dataset. Waiting for the whole app to be
// evaluated and rendered before asking for them costs a few hundred milliseconds, so main.tsx
// starts both requests before anything else is evaluated, and the fetch client (fetch-json.ts)
// takes a response from here instead of asking again. Only requests the app would make anyway
// are started: config.json, and the dataset the app will ask for when it is on this origin with
// default credentials — the one `data=` names, else the one config.json names (or the default).
// A same-origin `data=` address is always allowed (app/config.ts resolveDataUrl), so asking for
// it early asks for nothing the app would refuse. That dataset is also parsed and validated
// early, in a worker (parse-early.ts), from a copy of the body: a large file linked by `data=`
// (an indicator view of 25 MB) is then being read while the app's own code still compiles.

import { parseEarly } from './parse-early';

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

/** The address's `data=` as the app reads it (route-params.ts: non-empty text), or undefined. */
function addressData(hash: string): string | undefined {
  const query = hash.indexOf('?');
  if (query < 0) return undefined;
  return new URLSearchParams(hash.slice(query + 1)).get('data') || undefined;
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
 * Starts config.json and the dataset it names: `copyOf`, the first screen's dataset, at once
 * (unless the address names another with `data=`), any other once config.json is read. `copyOf`
 * is the address whose bytes the caller also reads (the first screen's fingerprint), from a copy
 * of the response taken before the app can read it: the dataset is fetched once.
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
  const param = addressData(window.location.hash);
  // The first screen's dataset is asked for together with config.json, not after it: config.json
  // nearly always names it (the build drew the one it named), and the round trip saved is most
  // of the time to the first screen. When config.json names another, this request goes unused.
  const ahead = copyOf !== undefined && param === undefined && new URL(copyOf).origin === window.location.origin ? bodyCopy(start(copyOf)) : undefined;
  const data = config.then((raw) => {
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { dataUrl, dataCredentials } = raw as { dataUrl?: unknown; dataCredentials?: unknown };
    if (dataCredentials !== undefined && dataCredentials !== 'same-origin') return undefined;
    let url: URL;
    try {
      url = new URL(param ?? (typeof dataUrl === 'string' && dataUrl !== '' ? dataUrl : DEFAULT_DATA_URL), document.baseURI);
    } catch {
      return undefined;
    }
    if (ahead && url.href === copyOf) return { url: url.href, bytes: ahead };
    if (url.origin !== window.location.origin || started.has(url.href)) return undefined;
    const response = start(url.href);
    if (param !== undefined) {
      // Not the first screen's (an address with data= never shows it): parsed early here, its
      // bytes kept from the caller, who has nothing to check them against.
      parseEarly(url.href, bodyCopy(response), { copy: false, size: response.then((r) => Number(r.headers.get('content-length'))) });
      return { url: url.href, bytes: undefined };
    }
    if (url.href !== copyOf) return { url: url.href, bytes: undefined };
    return { url: url.href, bytes: bodyCopy(response) };
  });
  return { config, data };
}

/** The first callback on the response: it copies the body before any taker reads it. */
function bodyCopy(response: Promise<Response>): Promise<ArrayBuffer | undefined> {
  return response.then((r) => (r.ok ? r.clone().arrayBuffer() : undefined)).catch(() => undefined);
}
