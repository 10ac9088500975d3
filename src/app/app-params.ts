import type { Lang } from '../i18n/lang';
import type { AppConfig } from './config';

// Parameters every view shares (contract). Invalid values fall back to defaults silently.

export type Appearance = 'auto' | 'light' | 'dark';

export interface AppParams {
  lang: Lang;
  appearance: Appearance;
  data: string | undefined;
  refreshMinutes: number | undefined;
}

export function readAppParams(params: URLSearchParams, config: AppConfig): AppParams {
  const lang = params.get('lang');
  const appearance = params.get('appearance');
  const refresh = Number(params.get('refresh'));
  return {
    lang: lang === 'zh' || lang === 'en' ? lang : config.defaultLanguage,
    appearance: appearance === 'auto' || appearance === 'light' || appearance === 'dark' ? appearance : config.defaultAppearance,
    data: params.get('data') || undefined,
    refreshMinutes: Number.isFinite(refresh) && refresh >= 1 ? refresh : undefined,
  };
}
