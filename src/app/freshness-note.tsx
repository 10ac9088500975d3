import { useEffect, useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { LoadedDataset } from '../data/load/dataset-query';
import { useI18n } from '../i18n/i18n-context';
import type { Messages } from '../i18n/messages';
import { errorMessage } from '../components/data-state';

function ageText(ms: number, m: Messages): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return m.minutesAgo(minutes);
  if (minutes < 48 * 60) return m.hoursAgo(Math.round(minutes / 60));
  return m.daysAgo(Math.round(minutes / 1440));
}

/**
 * While the shown data is being fetched again, or could not be, say so: the last good data
 * stays on screen, marked with its age, instead of the page going blank.
 */
export function FreshnessNote({ query, showTime }: { query: UseQueryResult<LoadedDataset>; showTime: boolean }) {
  const { lang, m } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(id);
  }, []);
  const fetchedAt = query.data?.fetchedAt ?? now;
  // Formatters are slow to make: only when the time is shown.
  const time = () => new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(fetchedAt);
  // Offline, TanStack Query pauses the refetch rather than failing it: the update failed all the same.
  if (query.isPaused) {
    return (
      <div className="notice notice-warning" role="status">
        <p>{m.errors.offlineStale(ageText(now - fetchedAt, m))}</p>
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="notice notice-warning" role="status">
        <p>
          {m.errors.staleData(ageText(now - fetchedAt, m))} {errorMessage(query.error, m)}
        </p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {m.retry}
        </button>
      </div>
    );
  }
  return (
    <p className="freshness" role="status" aria-live="polite">
      {query.isFetching ? m.refetching : showTime ? m.lastFetched(time()) : ''}
    </p>
  );
}
