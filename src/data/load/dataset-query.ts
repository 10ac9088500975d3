import { queryOptions } from '@tanstack/react-query';
import { DataError, fetchBytes, isRetryable } from './fetch-json';
import { parseDatasetText, type ParseOutcome } from './parse-dataset';
import { fileNameOf, takeEarlyParse } from './parse-early';
import { parseInWorker, startParseWorker } from './parse-in-worker';
import type { DroppedIndicator, ValidationIssue } from '../dataset/rules';
import type { Dataset } from '../dataset/schema';

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

/** Above this size parsing and validation move to a worker, keeping the page responsive. */
export const WORKER_THRESHOLD = 1_000_000;

export async function loadDataset(
  url: string,
  credentials: RequestCredentials,
  signal?: AbortSignal,
  /** Origins the data may come from after redirects, besides the address's own. */
  allowedOrigins: readonly string[] = [],
): Promise<LoadedDataset> {
  // Being parsed and validated already, from a copy of the same response, in a worker the entry
  // started (parse-early.ts). The request is still awaited here, with its timeout and signal:
  // a response that never comes must time out as any other.
  const early = credentials === 'same-origin' ? takeEarlyParse(url) : undefined;
  const canUseWorker = typeof Worker !== 'undefined';
  // A large body is announced by its length: the worker then starts while the body downloads.
  let worker: Worker | undefined;
  let bytes: ArrayBuffer;
  try {
    bytes = await fetchBytes(url, {
      credentials,
      signal,
      allowedOrigins,
      // Not when the entry's worker already has these bytes: a second one would only compete for the CPU.
      onHeaders: (headers) => {
        if (!early && canUseWorker && Number(headers.get('content-length')) > WORKER_THRESHOLD) worker = startParseWorker();
      },
    });
  } catch (error) {
    worker?.terminate();
    throw error;
  }
  const fileName = fileNameOf(url);
  const earlyOutcome = early ? await early.catch(() => undefined) : undefined;
  if (earlyOutcome) {
    worker?.terminate();
    return fromOutcome(url, earlyOutcome);
  }
  const useWorker = bytes.byteLength > WORKER_THRESHOLD && canUseWorker;
  if (!useWorker) worker?.terminate();
  const outcome: ParseOutcome = useWorker
    ? await parseInWorker({ bytes, fileName }, () => {}, signal, worker)
    : parseDatasetText(new TextDecoder().decode(bytes), fileName);
  return fromOutcome(url, outcome);
}

export function fromOutcome(url: string, outcome: ParseOutcome): LoadedDataset {
  if (!outcome.ok) {
    const notJson = outcome.report.fatal.length === 1 && outcome.report.fatal[0]?.rule === 'not-json';
    if (notJson) throw new DataError('not-json', url, { message: outcome.report.fatal[0]?.detail });
    throw new DataError('invalid', url, { message: 'The dataset is not valid', details: outcome.report.fatal });
  }
  return { url, dataset: outcome.dataset, dropped: outcome.report.dropped, warnings: outcome.report.warnings, fetchedAt: Date.now() };
}

/** Datasets opened from a file live only in this page's memory, under an address of their own. */
export const LOCAL_PREFIX = 'local:';

/** At most two more tries, for faults that may pass: network, timeout, 5xx. */
export const MAX_RETRIES = 2;

export function shouldRetry(failureCount: number, error: Error): boolean {
  return failureCount < MAX_RETRIES && isRetryable(error);
}

export function retryDelay(attempt: number): number {
  return Math.min(400 * 2 ** attempt, 2_000);
}

/**
 * The longest refresh interval, one week. Browsers keep a timer's delay in 32 bits: anything
 * past 2^31 ms (about 24.8 days) wraps to a delay near zero and would fetch every millisecond.
 */
export const MAX_REFRESH_MINUTES = 7 * 24 * 60;

/** The refresh interval in milliseconds: whole minutes from 1 to a week, or none. */
export function refreshIntervalMs(refreshMinutes: number | undefined): number | false {
  if (refreshMinutes === undefined || !Number.isFinite(refreshMinutes) || refreshMinutes < 1) return false;
  return Math.min(refreshMinutes, MAX_REFRESH_MINUTES) * 60_000;
}

export function datasetQueryOptions(url: string, credentials: RequestCredentials, refreshMinutes?: number, allowedOrigins: readonly string[] = []) {
  return queryOptions({
    queryKey: datasetKeys.byUrl(url),
    queryFn: ({ signal }) => loadDataset(url, credentials, signal, allowedOrigins),
    retry: shouldRetry,
    retryDelay,
    // A dataset changes when its publisher revises it, not while someone reads a chart.
    staleTime: Number.POSITIVE_INFINITY,
    refetchInterval: refreshIntervalMs(refreshMinutes),
    refetchIntervalInBackground: refreshIntervalMs(refreshMinutes) !== false,
  });
}
