import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Lang } from './lang';
import { loadMessages, messagesLoaded, MESSAGES, type Messages } from './messages';

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

/**
 * The language to show for the one wanted: the wanted one once its messages are loaded (English
 * is a chunk of its own, messages.ts), loading them meanwhile. Until then the language shown
 * before, so a switch does not blank the page; undefined when none was shown yet, so a first
 * English page never flashes Chinese. Should the chunk fail to load, the page stays in the
 * language it had (Chinese on a first load): still the dataset's own numbers and words.
 */
export function useShownLang(wanted: Lang): Lang | undefined {
  const [failed, setFailed] = useState<Lang | null>(null);
  const [, setLoaded] = useState(0);
  const ready = messagesLoaded(wanted);
  // The last language shown, kept in state (set while rendering, React's way of following a prop).
  const [last, setLast] = useState<Lang | undefined>(ready ? wanted : undefined);
  if (ready && last !== wanted) setLast(wanted);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadMessages(wanted).then(
      () => live && setLoaded((n) => n + 1),
      (error: unknown) => {
        console.error(error);
        if (live) setFailed(wanted);
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, ready]);
  return ready ? wanted : failed === wanted ? (last ?? 'zh') : last;
}
