import { createContext, useContext, type ReactNode } from 'react';
import type { Lang } from './lang';
import { MESSAGES, type Messages } from './messages';

interface I18n {
  lang: Lang;
  m: Messages;
}

const I18nContext = createContext<I18n>({ lang: 'zh', m: MESSAGES.zh });

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <I18nContext value={{ lang, m: MESSAGES[lang] }}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
