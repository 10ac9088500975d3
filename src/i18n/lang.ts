// Interface languages and resolution of the dataset's multilingual text.

export type Lang = 'zh' | 'en';

/** Chinese first: it is the dataset's primary language and the default interface language. */
export const LANGS: readonly Lang[] = ['zh', 'en'];

/**
 * A dataset text: a plain string (language-neutral) or strings keyed by language tag.
 * Declared here rather than imported from the schema so formatting does not depend on zod;
 * the schema's Text type is structurally the same.
 */
export type LocalText = string | Readonly<Record<string, string>>;

/**
 * The text in `lang`; when that is missing or empty, the first non-empty translation, preferring
 * Chinese then English, so a partly translated dataset still shows something rather than a gap.
 */
export function localText(text: LocalText | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const preferred = [lang, ...LANGS.filter((other) => other !== lang)]
    .map((tag) => (Object.hasOwn(text, tag) ? text[tag] : undefined))
    .find((value) => value !== undefined && value !== '');
  return preferred ?? Object.values(text).find((value) => value !== '') ?? '';
}
