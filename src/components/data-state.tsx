import { DataError } from '../data/load/fetch-json';
import type { ValidationIssue } from '../data/dataset/rules';
import { useI18n } from '../i18n/i18n-context';
import type { Messages } from '../i18n/messages';
import { IssueList } from './issue-list';

export function LoadingPanel({ label }: { label?: string }) {
  const { m } = useI18n();
  return (
    <div className="state-panel state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p>{label ?? m.loading}</p>
    </div>
  );
}

export function errorMessage(error: unknown, m: Messages): string {
  if (!(error instanceof DataError)) return m.errors.unknown;
  switch (error.kind) {
    case 'http':
      if (error.status === 404) return m.errors.http404;
      if (error.status === 401 || error.status === 403) return m.errors.http401;
      return m.errors.httpOther(error.status ?? 0);
    case 'network':
      return isOffline() ? m.errors.offline : m.errors.network;
    case 'timeout':
      return m.errors.timeout;
    case 'not-json':
      return m.errors.notJson;
    case 'invalid':
      return m.errors.invalid(Array.isArray(error.details) ? error.details.length : 0);
    case 'refused':
      return m.errors.refused(String(error.details ?? error.url));
    case 'redirected':
      return typeof error.details === 'string' ? m.errors.redirected(error.details) : m.errors.redirectedUnknown;
    default:
      return m.errors.unknown;
  }
}

/** The browser says it has no network (a network error then means the reader is offline). */
export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * Nothing to show yet and the browser is offline: the query waits for the connection (TanStack
 * Query pauses it) instead of failing, so say so, and what to do.
 */
export function OfflinePanel({ onRetry }: { onRetry: () => void }) {
  const { m } = useI18n();
  return (
    <div className="state-panel state-error" role="status">
      <p className="state-message">{m.errors.offline}</p>
      <button type="button" className="button" onClick={onRetry}>
        {m.retry}
      </button>
    </div>
  );
}

/**
 * What went wrong, where the data was fetched from, and what to do next. Announced politely
 * (role="status"), as every loading and error state is: nothing the reader is doing is
 * interrupted, and the message is read when the screen reader is next idle.
 */
export function DataErrorPanel({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { m } = useI18n();
  const issues = error instanceof DataError && error.kind === 'invalid' && Array.isArray(error.details) ? (error.details as ValidationIssue[]) : [];
  const retryable = error instanceof DataError && error.kind !== 'invalid' && error.kind !== 'refused' && error.kind !== 'redirected';
  return (
    <div className="state-panel state-error" role="status">
      <p className="state-message">{errorMessage(error, m)}</p>
      {error instanceof DataError && <p className="state-url">{m.errors.fetchedFrom(error.url)}</p>}
      {issues.length > 0 && <IssueList issues={issues} />}
      {onRetry && retryable && (
        <button type="button" className="button" onClick={onRetry}>
          {m.retry}
        </button>
      )}
    </div>
  );
}
