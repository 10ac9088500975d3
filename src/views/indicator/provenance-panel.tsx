import { useMemo } from 'react';
import type { Dataset, Indicator } from '../../data/dataset/schema';
import { periodFrequency } from '../../lib/periods';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import { formatDate, formatPeriod } from '../../i18n/format-period';
import { formatValue } from '../../i18n/format-number';
import { StatusBadge } from '../../components/status-badge';
import { MilestoneList } from '../../components/milestone-list';

/** Flagged points listed here; the table shows every one (1 % of 120,000 months was 1,200 items, issue 14). */
const FLAGGED_LIMIT = 100;

/** The sources the indicator's points cite, in the dataset's order, and its points with a note or a status. */
function citedAndFlagged(dataset: Dataset, indicator: Indicator) {
  const cited = new Set<string>();
  const flagged: { region: string; point: Indicator['series'][number]['points'][number] }[] = [];
  for (const s of indicator.series) {
    for (const p of s.points) {
      if (p.source) cited.add(p.source);
      if (p.note || p.status) flagged.push({ region: s.region, point: p });
    }
  }
  return { sources: dataset.sources.filter((s) => cited.has(s.id)), flagged };
}

/**
 * Where the numbers come from and what they mean: definition, unit, kind, frequency, every
 * source cited with its kind, the notes and statuses of single points, events and milestones.
 */
export function ProvenancePanel({ dataset, indicator }: { dataset: Dataset; indicator: Indicator }) {
  const { lang, m } = useI18n();
  const regionName = (id: string) => localText(dataset.regions.find((r) => r.id === id)?.name ?? id, lang);
  // One pass over every point per indicator, not per render (a language change renders again).
  const { sources, flagged } = useMemo(() => citedAndFlagged(dataset, indicator), [dataset, indicator]);
  const events = dataset.annotations.filter((a) => (a.indicator ? a.indicator === indicator.id : periodFrequency(a.period) === indicator.frequency));
  const milestones = dataset.milestones.filter((ms) => ms.theme === indicator.theme);
  const several = indicator.series.length > 1;
  const period = (p: string) => formatPeriod(p, lang, { cumulative: indicator.cumulative });

  return (
    <section className="provenance" aria-labelledby="provenance-title">
      <h3 id="provenance-title">{m.explorer.provenance}</h3>
      <dl className="facts">
        <dt>{m.explorer.definition}</dt>
        <dd>{indicator.description ? localText(indicator.description, lang) : <span className="muted">{m.explorer.noDescription}</span>}</dd>
        <dt>{m.unit}</dt>
        <dd>{localText(indicator.unit, lang)}</dd>
        <dt>{m.explorer.kind}</dt>
        <dd>{m.explorer.kindNames[indicator.kind]}</dd>
        <dt>{m.explorer.frequency}</dt>
        <dd>
          {m.explorer.frequencyNames[indicator.frequency]}
          {indicator.cumulative && `${m.punct.open}${m.explorer.cumulativeNote}${m.punct.close}`}
        </dd>
      </dl>

      <h4>{m.explorer.sources}</h4>
      <ul className="source-list">
        {sources.map((s) => (
          <li key={s.id}>
            <span className={`source-kind kind-${s.kind}`}>{m.sourceKinds[s.kind]}</span>{' '}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {localText(s.title, lang)}
              </a>
            ) : (
              <span>{localText(s.title, lang)}</span>
            )}
            {/* An address that is not http(s) is shown as it is written, as text only. */}
            {!s.url && s.urlText && <span className="source-meta source-address">{s.urlText}</span>}
            {s.publisher && (
              <span className="source-meta">
                {m.explorer.publisher}
                {m.punct.colon}
                {localText(s.publisher, lang)}
              </span>
            )}
            {s.date && (
              <span className="source-meta">
                {m.explorer.date}
                {m.punct.colon}
                {formatDate(s.date, lang)}
              </span>
            )}
            {s.note && <span className="source-meta">{localText(s.note, lang)}</span>}
          </li>
        ))}
      </ul>

      {flagged.length > 0 && (
        <>
          <h4>{m.explorer.pointNotes}</h4>
          <ul className="point-notes">
            {flagged.slice(0, FLAGGED_LIMIT).map(({ region, point }) => (
              <li key={`${region}@${point.period}`}>
                <strong>
                  {period(point.period)}
                  {several && ` · ${regionName(region)}`}
                </strong>{' '}
                <span>{point.value === null ? m.noData : formatValue(point.value, indicator.unit, lang, indicator.decimals)}</span>
                {point.status && (
                  <>
                    {' '}
                    <StatusBadge status={point.status} /> <span className="muted">{m.statusExplain[point.status]}</span>
                  </>
                )}
                {point.note && <span className="point-note">{localText(point.note, lang)}</span>}
              </li>
            ))}
          </ul>
          {flagged.length > FLAGGED_LIMIT && <p className="muted">{m.explorer.flaggedMore(flagged.length - FLAGGED_LIMIT)}</p>}
        </>
      )}

      {events.length > 0 && (
        <>
          <h4>{m.annotations}</h4>
          <ul className="point-notes">
            {events.map((a, i) => (
              <li key={i}>
                <strong>{formatPeriod(a.period, lang)}</strong> {localText(a.label, lang)}
                {a.region && ` · ${regionName(a.region)}`}
              </li>
            ))}
          </ul>
        </>
      )}

      <MilestoneList milestones={milestones} level={4} />
    </section>
  );
}
