import '../data/dataset/zod-setup';
import { z } from 'zod/mini';
import { DataError, fetchJson } from '../data/load/fetch-json';
import { DEFAULT_DATA_URL } from '../data/load/early-fetch';

// Runtime configuration (contract: `config.json` beside index.html). An administrator edits it
// without rebuilding, so absent means defaults and anything malformed is reported, not guessed.

// An origin as a browser writes it (`event.origin`, `URL.origin`): a trailing slash is dropped so
// that "https://portal.example/" still matches; a path, query, fragment or credentials are refused.
const originSchema = z.pipe(
  z.string().check(z.refine(isOrigin, { message: 'must be an origin like https://portal.example: scheme, host and port only, with no path, query or user name' })),
  z.transform((s: string) => new URL(s).origin),
);

// Unknown keys are dropped (z.object strips them).
export const configSchema = z.object({
  dataUrl: z._default(z.string().check(z.minLength(1)), DEFAULT_DATA_URL),
  allowedDataOrigins: z._default(z.array(originSchema), []),
  // "*" lets any page embed the app; data origins have no such wildcard on purpose.
  embedParentOrigins: z._default(z.array(z.union([z.literal('*'), originSchema])), []),
  dataCredentials: z._default(z.enum(['omit', 'same-origin', 'include']), 'same-origin'),
  defaultLanguage: z._default(z.enum(['zh', 'en']), 'zh'),
  defaultAppearance: z._default(z.enum(['auto', 'light', 'dark']), 'auto'),
});

export type AppConfig = z.output<typeof configSchema>;

export const DEFAULT_CONFIG: AppConfig = configSchema.parse({});

function isOrigin(s: string): boolean {
  // Scheme and authority only, in the text itself: no user name, path, query or fragment.
  if (!/^https?:\/\/[^/?#@\\\s]+\/?$/i.test(s)) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.pathname === '/' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

export class ConfigError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(message: string, issues: { path: string; message: string }[] = []) {
    super(message);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/** Reads config.json next to the page. 404 means "use the defaults". */
export async function loadConfig(url = new URL('config.json', document.baseURI).href): Promise<AppConfig> {
  let raw: unknown;
  try {
    raw = await fetchJson(url, { timeoutMs: 10_000 });
  } catch (error) {
    if (error instanceof DataError && error.kind === 'http' && error.status === 404) return DEFAULT_CONFIG;
    if (error instanceof DataError && error.kind === 'not-json') throw new ConfigError(`config.json is not valid JSON: ${error.message}`);
    throw error;
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      'config.json does not match the expected shape',
      parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message })),
    );
  }
  return parsed.data;
}

export type DataSourceDecision =
  | { allowed: true; url: string }
  | { allowed: false; url: string; origin: string; reason: 'origin' | 'scheme' | 'malformed' };

/**
 * Where the dataset comes from: `data=` in the address, else config.dataUrl. Only the app's own
 * origin and configured origins may be fetched; anything else is refused before any request.
 */
export function resolveDataUrl(param: string | undefined, config: AppConfig, base = document.baseURI): DataSourceDecision {
  const requested = param ?? config.dataUrl;
  let url: URL;
  try {
    url = new URL(requested, base);
  } catch {
    return { allowed: false, url: requested, origin: '', reason: 'malformed' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { allowed: false, url: requested, origin: url.protocol, reason: 'scheme' };
  }
  const own = new URL(base).origin;
  // config.dataUrl is the administrator's own choice; only the address parameter is checked.
  if (param === undefined || url.origin === own || config.allowedDataOrigins.includes(url.origin)) {
    return { allowed: true, url: url.href };
  }
  return { allowed: false, url: url.href, origin: url.origin, reason: 'origin' };
}

/** Where a dataset may come from, after any redirect: the app's own origin and the configured ones. */
export function dataOrigins(config: AppConfig, base = document.baseURI): string[] {
  return [new URL(base).origin, ...config.allowedDataOrigins];
}
