import { queryOptions } from '@tanstack/react-query';
import { loadConfig } from './config';

export const configQueryOptions = () =>
  queryOptions({
    queryKey: ['config'] as const,
    queryFn: () => loadConfig(),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
