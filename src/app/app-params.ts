import type { Lang } from '../i18n/lang';
import type { AppConfig } from './config';
import { readRouteParams } from '../routing/route-params';

// Parameters every view shares (contract). Invalid values fall back to defaults silently.

export type Appearance = 'auto' | 'light' | 'dark';

export interface AppParams {
  lang: Lang;
  appearance: Appearance;
  data: string | undefined;
  refreshMinutes: number | undefined;
}

/** The address's common parameters (routing/route-params.ts) with config.json's defaults. */
export function readAppParams(query: URLSearchParams, config: AppConfig): AppParams {
  const { lang, appearance, data, refresh } = readRouteParams('overview', query);
  return {
    lang: lang ?? config.defaultLanguage,
    appearance: appearance ?? config.defaultAppearance,
    data,
    refreshMinutes: refresh,
  };
}
