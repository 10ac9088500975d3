import type { Dataset } from '../data/dataset/schema';
import { localText, type Lang } from '../i18n/lang';
import { formatDate } from '../i18n/format-period';
import { MESSAGES } from '../i18n/messages';

// What every download carries so that it can be cited once it has left the dashboard: the
// dataset's title and revision date, its sources, and one suggested citation line in the
// interface's language. Written once here; CSV, Excel, PNG, SVG and PowerPoint all use it.

export interface CitationOptions {
  /** The figure's own title, when the download is of one chart. */
  figure?: string;
  /** Where the reader can find it again (the page's address), when known. */
  url?: string;
}

/** 建议引用：四川省工业经济指标·新增国家级绿色工厂（数据更新于2025年12月31日），https://…。 */
export function citationLine(dataset: Dataset, lang: Lang, options: CitationOptions = {}): string {
  return MESSAGES[lang].citation(localText(dataset.title, lang), options.figure ?? '', formatDate(dataset.updated, lang), options.url ?? '');
}

export interface CompactSources {
  /** The sources named in full, at most `limit`. */
  shown: string[];
  /** How many more there are, listed in full in CSV and Excel. */
  more: number;
}

/** One line per source (title and publisher), the first `limit` of those cited, in dataset order. */
export function compactSources(dataset: Dataset, ids: readonly string[], lang: Lang, limit = 3): CompactSources {
  const m = MESSAGES[lang];
  const wanted = new Set(ids);
  const cited = dataset.sources.filter((s) => wanted.has(s.id));
  const shown = cited
    .slice(0, limit)
    .map((s) => `${localText(s.title, lang)}${s.publisher ? `${m.punct.open}${localText(s.publisher, lang)}${m.punct.close}` : ''}`);
  return { shown, more: Math.max(0, cited.length - limit) };
}
