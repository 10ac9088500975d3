import { queryOptions } from '@tanstack/react-query';
import { DataError, fetchJson, isRetryable } from './fetch-json';
import { validateDataset, type DroppedIndicator, type ValidationIssue } from './validate';
import type { Dataset } from './schema';

export interface LoadedDataset {
  url: string;
  dataset: Dataset;
  dropped: DroppedIndicator[];
  warnings: ValidationIssue[];
  fetchedAt: number;
}

export const datasetKeys = {
  all: ['dataset'] as const,
  byUrl: (url: string) => ['dataset', url] as const,
};

export async function loadDataset(url: string, credentials: RequestCredentials, signal?: AbortSignal): Promise<LoadedDataset> {
  const raw = await fetchJson(url, { credentials, signal });
  const result = validateDataset(raw);
  if (!result.ok) throw new DataError('invalid', url, { message: 'The dataset is not valid', details: result.issues });
  return { url, dataset: result.dataset, dropped: result.dropped, warnings: result.warnings, fetchedAt: Date.now() };
}

/** At most two more tries, for faults that may pass: network, timeout, 5xx. */
export const MAX_RETRIES = 2;

export function shouldRetry(failureCount: number, error: Error): boolean {
  return failureCount < MAX_RETRIES && isRetryable(error);
}

export function retryDelay(attempt: number): number {
  return Math.min(400 * 2 ** attempt, 2_000);
}

export function datasetQueryOptions(url: string, credentials: RequestCredentials, refreshMinutes?: number) {
  return queryOptions({
    queryKey: datasetKeys.byUrl(url),
    queryFn: ({ signal }) => loadDataset(url, credentials, signal),
    retry: shouldRetry,
    retryDelay,
    // A dataset changes when its publisher revises it, not while someone reads a chart.
    staleTime: Number.POSITIVE_INFINITY,
    refetchInterval: refreshMinutes ? refreshMinutes * 60_000 : false,
    refetchIntervalInBackground: Boolean(refreshMinutes),
  });
}
