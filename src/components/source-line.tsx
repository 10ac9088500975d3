import type { Dataset } from '../data/dataset/schema';
import { useI18n } from '../i18n/i18n-context';
import { localText } from '../i18n/lang';

/** Cites each source once, with its kind and, where it has one, a link that leaks nothing. */
export function SourceLine({ dataset, sourceIds, compact = false }: { dataset: Dataset; sourceIds: readonly string[]; compact?: boolean }) {
  const { lang, m } = useI18n();
  const sources = [...new Set(sourceIds)].flatMap((id) => dataset.sources.filter((s) => s.id === id));
  if (sources.length === 0) return null;
  // On the overview a chart cites its latest sources; the indicator view lists all of them.
  const shown = compact && sources.length > 2 ? sources.slice(-2) : sources;
  return (
    <p className="source-line">
      <span className="source-label">{m.sourcesLabel}{m.punct.colon}</span>
      {shown.map((s, i) => (
        <span key={s.id} className="source-item">
          {i > 0 && m.punct.semicolon}
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {localText(s.title, lang)}
            </a>
          ) : (
            localText(s.title, lang)
          )}
          {!s.url && s.urlText && <span className="source-address">{m.punct.open}{s.urlText}{m.punct.close}</span>}
          {s.publisher && <span className="source-publisher">{m.punct.open}{localText(s.publisher, lang)}{m.punct.close}</span>}
          <span className={`source-kind kind-${s.kind}`}>{m.sourceKinds[s.kind]}</span>
        </span>
      ))}
      {shown.length < sources.length && <span className="source-more"> {m.moreSources(sources.length)}</span>}
    </p>
  );
}
