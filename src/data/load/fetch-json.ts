// The one fetch client of the app. Every failure becomes a typed DataError, so screens can say
// what happened and what to do, and the query layer can decide what is worth retrying.

import { FETCH_HEADERS, takeEarlyResponse } from './early-fetch';

export type DataErrorKind = 'http' | 'network' | 'timeout' | 'not-json' | 'invalid' | 'refused' | 'redirected' | 'aborted';

export class DataError extends Error {
  readonly kind: DataErrorKind;
  readonly url: string;
  readonly status: number | undefined;
  /** Extra payload for `invalid` (validation issues), `refused` (the origin) and `redirected` (the origin redirected to, or null when unknown). */
  readonly details: unknown;

  constructor(kind: DataErrorKind, url: string, opts: { status?: number; message?: string; details?: unknown } = {}) {
    super(opts.message ?? `${kind} error for ${url}`);
    this.name = 'DataError';
    this.kind = kind;
    this.url = url;
    this.status = opts.status;
    this.details = opts.details;
  }
}

export interface FetchJsonOptions {
  credentials?: RequestCredentials;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called with a successful response's headers, before its body is read. */
  onHeaders?: (headers: Headers) => void;
  /**
   * Origins the response may come from after redirects (the request's own origin always may).
   * A server on an allowed origin could otherwise redirect to any other and have its data shown.
   */
  allowedOrigins?: readonly string[];
}

export const DEFAULT_TIMEOUT_MS = 15_000;

export async function fetchJson(url: string, opts: FetchJsonOptions = {}): Promise<unknown> {
  const body = await fetchText(url, opts);
  try {
    return JSON.parse(body) as unknown;
  } catch (cause) {
    throw new DataError('not-json', url, { message: cause instanceof Error ? cause.message : String(cause) });
  }
}

/** The body of a successful response as text; every failure a DataError. */
export function fetchText(url: string, opts: FetchJsonOptions = {}): Promise<string> {
  return fetchBody(url, opts, (response) => response.text());
}

/**
 * The body as bytes: a large dataset then goes to the parse worker without being decoded, and
 * without a copy, on the main thread.
 */
export function fetchBytes(url: string, opts: FetchJsonOptions = {}): Promise<ArrayBuffer> {
  return fetchBody(url, opts, (response) => response.arrayBuffer());
}

async function fetchBody<T>(url: string, opts: FetchJsonOptions, read: (response: Response) => Promise<T>): Promise<T> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout.signal]) : timeout.signal;
  try {
    let response: Response;
    try {
      const credentials = opts.credentials ?? 'same-origin';
      const early = takeEarlyResponse(url, credentials);
      response = await (early ? untilAborted(early, signal) : fetch(url, { credentials, headers: FETCH_HEADERS, signal }));
    } catch (cause) {
      if (timeout.signal.aborted) throw new DataError('timeout', url);
      if (opts.signal?.aborted) throw new DataError('aborted', url);
      // Under the Content-Security-Policy a redirect to another origin fails like a network
      // fault; asking again without following redirects tells the two apart.
      if (opts.allowedOrigins) await refuseRedirect(url, opts, signal);
      throw new DataError('network', url, { message: cause instanceof Error ? cause.message : String(cause) });
    }
    if (opts.allowedOrigins && response.url) {
      const final = new URL(response.url).origin;
      if (!isAllowed(final, url, opts.allowedOrigins)) throw redirected(url, final);
    }
    if (!response.ok) throw new DataError('http', url, { status: response.status });
    opts.onHeaders?.(response.headers);
    try {
      return await read(response);
    } catch {
      throw new DataError(timeout.signal.aborted ? 'timeout' : 'network', url);
    }
  } finally {
    clearTimeout(timer);
  }
}

function isAllowed(origin: string, requested: string, allowed: readonly string[]): boolean {
  return origin === new URL(requested, globalThis.location?.href).origin || allowed.includes(origin);
}

function redirected(url: string, to: string | null): DataError {
  return new DataError('redirected', url, { details: to, message: `${url} was redirected to ${to ?? 'another address'}, which is not an allowed origin` });
}

/** Throws 'redirected' when the address answers with a redirect to an origin that is not allowed (or one the page cannot see). */
async function refuseRedirect(url: string, opts: FetchJsonOptions, signal: AbortSignal): Promise<void> {
  let probe: Response;
  try {
    probe = await fetch(url, { credentials: opts.credentials ?? 'same-origin', headers: FETCH_HEADERS, signal, redirect: 'manual' });
  } catch {
    return;
  }
  // A browser hides where a redirect goes ('opaqueredirect'); other runtimes give the Location.
  if (probe.type === 'opaqueredirect') throw redirected(url, null);
  const location = probe.status >= 300 && probe.status < 400 ? probe.headers.get('location') : null;
  if (location === null) return;
  let to: string;
  try {
    to = new URL(location, url).origin;
  } catch {
    throw redirected(url, null);
  }
  if (!isAllowed(to, url, opts.allowedOrigins ?? [])) throw redirected(url, to);
}

/** A request started early cannot take this call's signal: it loses the race instead. */
function untilAborted(pending: Promise<Response>, signal: AbortSignal): Promise<Response> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', abort, { once: true });
    pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** Network faults and server errors may pass; client errors and bad data will not. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof DataError)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return error.kind === 'http' && error.status !== undefined && error.status >= 500;
}
