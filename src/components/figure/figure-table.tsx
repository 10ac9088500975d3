import { Fragment, useMemo, useState } from 'react';
import type { Dataset } from '../../data/dataset/schema';
import type { FigureModel } from '../../data/figure/figure-model';
import { buildTableRows, nextSort, sortTableRows, type SortColumn, type TableSort } from '../../data/figure/table-rows';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import { formatPeriod } from '../../i18n/format-period';
import { formatNumber } from '../../i18n/format-number';
import { shownUnit } from '../../describe/values';
import { StatusBadge } from '../status-badge';
import { rankChangeMark, targetMarkLabel, targetVerdict } from '../../describe/target-words';

interface Props {
  dataset: Dataset;
  model: FigureModel;
  labels: ReadonlyMap<string, string>;
  caption: string;
}

/**
 * Rows drawn at first, and added at a time by "Show more": 120,000 rows at once froze the page
 * (issue 14), and nobody reads that many on a screen; the CSV download has them all.
 */
export const TABLE_PAGE = 200;

/** The chart's numbers as a table: one row per period, sortable by period or by any series. */
export function FigureTable({ dataset, model, labels, caption }: Props) {
  const { lang, m } = useI18n();
  const [sort, setSort] = useState<TableSort>({ column: 'period', direction: 'ascending' });
  const [limit, setLimit] = useState(TABLE_PAGE);
  const series = model.series;
  const ascending = useMemo(() => buildTableRows(series), [series]);
  const rows = useMemo(() => sortTableRows(ascending, sort), [ascending, sort]);
  const shownRows = rows.length > limit ? rows.slice(0, limit) : rows;
  const several = series.length > 1;
  const cumulative = model.entries[0]?.indicator.cumulative ?? false;
  const unitText = shownUnit(model.unit, lang, model.shown[0]?.base);
  // A target sits on the row of the figure it judges; a break on the first row after it.
  const targetsAt = new Map<string, FigureModel['targets'][number][]>();
  for (const target of model.targets) {
    const at = target.judgement.actual?.period ?? target.judgement.target.period;
    targetsAt.set(at, [...(targetsAt.get(at) ?? []), target]);
  }
  const breakRows = new Map<string, FigureModel['breaks'][number][]>();
  for (const b of model.breaks) {
    const row = ascending.find((r) => r.t >= b.t - 1e-9);
    if (row) breakRows.set(row.period, [...(breakRows.get(row.period) ?? []), b]);
  }
  const withTargets = model.targets.length > 0;
  const indicatorOf = (id: string) => model.entries.find((e) => e.indicator.id === id)?.indicator;

  const header = (column: SortColumn, label: string) => {
    const active = sort.column === column;
    return (
      <th scope="col" aria-sort={active ? sort.direction : undefined}>
        <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, column))}>
          {label}
          <span aria-hidden="true" className="sort-mark">
            {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('period', m.period)}
            {series.map((s, i) => (
              <Fragment key={s.key}>{header(i, labels.get(s.key) ?? s.region)}</Fragment>
            ))}
            <th scope="col">{m.unit}</th>
            {withTargets && <th scope="col">{m.stats.target}</th>}
            <th scope="col">
              {m.status}
              {m.punct.listSep}
              {m.note}
            </th>
            <th scope="col">{m.source}</th>
          </tr>
        </thead>
        <tbody>
          {shownRows.map((row) => {
            const present = row.cells.flatMap((p, i) => (p ? [{ p, label: labels.get(series[i]?.key ?? '') ?? '' }] : []));
            const sources = [...new Set(present.flatMap(({ p }) => p.inputs))].flatMap((id) => dataset.sources.filter((s) => s.id === id));
            return (
              <tr key={row.period}>
                <th scope="row">{formatPeriod(row.period, lang, { cumulative })}</th>
                {row.cells.map((p, i) => (
                  <td key={series[i]?.key ?? i} className="num">
                    {p?.value == null ? <span className="muted">{m.noData}</span> : formatNumber(p.value, lang, series[i]?.unit.decimals)}
                    {p?.rank && p.rank.change !== null && p.rank.change !== 0 && (
                      <span className={`rank-change rank-change-${p.rank.change > 0 ? 'up' : p.rank.change < 0 ? 'down' : 'flat'}`}>
                        {' '}
                        <span aria-hidden="true">{rankChangeMark(p.rank.change)}</span>
                        <span className="visually-hidden">{m.stats.rankMoveShort(p.rank.change)}</span>
                      </span>
                    )}
                  </td>
                ))}
                <td>{unitText}</td>
                {withTargets && (
                  <td>
                    {(targetsAt.get(row.period) ?? []).map(({ judgement, seriesKey }) => {
                      const indicator = indicatorOf(judgement.target.indicator);
                      if (!indicator) return null;
                      return (
                        <span key={seriesKey} className="table-target">
                          {several && `${labels.get(seriesKey) ?? ''}${m.punct.colon}`}
                          {targetMarkLabel(judgement, indicator, lang)}
                          {m.punct.colon}
                          {targetVerdict(judgement, indicator, lang)}
                        </span>
                      );
                    })}
                  </td>
                )}
                <td>
                  {present
                    .filter(({ p }) => p.status)
                    .map(({ p, label }) => (
                      <span key={label} className="table-status">
                        {several && `${label}${m.punct.colon}`}
                        {p.status && <StatusBadge status={p.status} />}
                      </span>
                    ))}
                  {(breakRows.get(row.period) ?? []).map((b) => (
                    <span key={`break-${b.t}-${b.indicatorId}`} className="table-break">
                      {m.stats.breakMark}
                      {m.punct.colon}
                      {localText(b.break.note, lang)}
                    </span>
                  ))}
                  {present
                    .filter(({ p }) => p.note)
                    .map(({ p, label }) => (
                      <span key={`note-${label}`} className="table-note">
                        {several && `${label}${m.punct.colon}`}
                        {localText(p.note, lang)}
                      </span>
                    ))}
                </td>
                <td>
                  {sources.map((s, i) => (
                    <span key={s.id}>
                      {i > 0 && m.punct.semicolon}
                      {localText(s.title, lang)}
                      {m.punct.open}
                      {m.sourceKinds[s.kind]}
                      {m.punct.close}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > TABLE_PAGE && (
        <p className="table-more">
          <span role="status">{m.explorer.rowsShown(shownRows.length, rows.length)}</span>
          {shownRows.length < rows.length && (
            <button type="button" className="button" onClick={() => setLimit((n) => n + TABLE_PAGE)}>
              {m.explorer.showMoreRows(Math.min(TABLE_PAGE, rows.length - shownRows.length))}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
