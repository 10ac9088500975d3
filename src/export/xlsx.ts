import type { Dataset, Indicator } from '../data/dataset/schema';
import type { FigureModel } from '../data/figure/figure-model';
import { comparePeriods } from '../lib/periods';
import { citationLine } from '../describe/citation';
import { seriesLabels } from '../describe/series-labels';
import { regionName } from '../describe/summary';
import { shownUnit } from '../describe/values';
import { formatDate } from '../i18n/format-period';
import { localText, type Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { buildXlsx, decimalsFormat, sheetName, type XlsxCell, type XlsxSheet } from './xlsx-writer';

// The Excel workbooks: one chart as it is shown (its transform, regions and range, from the
// figure model), or the whole dataset as published (one sheet per indicator). Each data sheet
// has periods in rows and regions in columns, each value a numeric cell in the indicator's
// decimals with its status and note beside it, under a frozen header; the last sheet lists the
// sources and the citation line.

interface Column {
  label: string;
  unit: string;
  decimals: number | undefined;
  points: readonly { period: string; value: number | null; status?: string | undefined; note?: string | undefined }[];
}

function tableSheet(name: string, columns: readonly Column[], lang: Lang): Omit<XlsxSheet, 'name'> & { name: string } {
  const m = MESSAGES[lang];
  const periods = [...new Set(columns.flatMap((c) => c.points.map((p) => p.period)))].sort(comparePeriods);
  const header: XlsxCell[] = [{ value: m.workbook.period, bold: true }];
  for (const c of columns) {
    header.push({ value: m.workbook.value(c.label, c.unit), bold: true }, { value: m.workbook.status(c.label), bold: true }, { value: m.workbook.note(c.label), bold: true });
  }
  const byPeriod = columns.map((c) => new Map(c.points.map((p) => [p.period, p])));
  const rows: XlsxCell[][] = [header];
  for (const period of periods) {
    const row: XlsxCell[] = [period];
    columns.forEach((c, i) => {
      const p = byPeriod[i]!.get(period);
      row.push({ value: p?.value ?? null, format: decimalsFormat(c.decimals) }, p?.status ?? null, p?.note ?? null);
    });
    rows.push(row);
  }
  return { name, rows, frozenRows: 1, frozenColumns: 1, widths: [10, ...columns.flatMap(() => [16, 10, 24])] };
}

/** Title, date, every source in full, and the citation line. */
function sourcesSheet(dataset: Dataset, sourceIds: readonly string[] | null, lang: Lang, taken: Set<string>, figure?: string): XlsxSheet {
  const m = MESSAGES[lang];
  const wanted = sourceIds && new Set(sourceIds);
  const sources = dataset.sources.filter((s) => !wanted || wanted.has(s.id));
  const rows: XlsxCell[][] = [
    [{ value: localText(dataset.title, lang), bold: true }],
    [m.updated(formatDate(dataset.updated, lang))],
    [],
    m.workbook.sourceColumns.map((value) => ({ value, bold: true })),
    ...sources.map((s) => [localText(s.title, lang), localText(s.publisher, lang), s.url ?? '', s.date ?? '', m.sourceKinds[s.kind], localText(s.note, lang)]),
    [],
    [citationLine(dataset, lang, figure ? { figure } : {})],
  ];
  return { name: sheetName(m.workbook.sourcesSheet, taken), rows, frozenRows: 0, widths: [40, 24, 40, 12, 12, 30] };
}

function figureColumns(dataset: Dataset, model: FigureModel, several: boolean, lang: Lang): Column[] {
  const labels = seriesLabels(dataset, model, lang);
  return model.series.map((series) => {
    const index = model.entries.findIndex((e) => e.indicator.id === series.indicatorId);
    const indicator = model.entries[index]?.indicator;
    const label = labels.get(series.key) ?? series.region;
    return {
      // In a comparison's small multiples each model has one indicator: name it with the region.
      label: several && model.entries.length === 1 && indicator ? `${localText(indicator.shortName ?? indicator.name, lang)} · ${label}` : label,
      unit: shownUnit(series.unit, lang, model.shown[index]?.base),
      decimals: series.unit.decimals,
      points: series.points.map((p) => ({
        period: p.period,
        value: p.value,
        status: p.status ? MESSAGES[lang].statusNames[p.status] : undefined,
        note: p.note ? localText(p.note, lang) : undefined,
      })),
    };
  });
}

/** The sheets of one figure (several models: a comparison's small multiples, side by side). */
export function figureSheets(dataset: Dataset, models: readonly FigureModel[], lang: Lang): XlsxSheet[] {
  const taken = new Set<string>();
  const names = models.flatMap((model) => model.entries.map((e) => localText(e.indicator.shortName ?? e.indicator.name, lang)));
  const columns = models.flatMap((model) => figureColumns(dataset, model, models.length > 1, lang));
  const title = names.join(' · ');
  const data = tableSheet(sheetName(title, taken), columns, lang);
  const sourceIds = [...new Set(models.flatMap((model) => model.sources))];
  return [data, sourcesSheet(dataset, sourceIds, lang, taken, title)];
}

function indicatorColumns(dataset: Dataset, indicator: Indicator, lang: Lang): Column[] {
  return indicator.series.map((series) => ({
    label: regionName(dataset, series.region, lang),
    unit: localText(indicator.unit, lang),
    decimals: indicator.decimals,
    points: series.points.map((p) => ({
      period: p.period,
      value: p.value,
      status: p.status ? MESSAGES[lang].statusNames[p.status] : undefined,
      note: p.note ? localText(p.note, lang) : undefined,
    })),
  }));
}

/** One sheet per indicator, as published, then every source of the dataset. */
export function datasetSheets(dataset: Dataset, lang: Lang): XlsxSheet[] {
  const taken = new Set<string>();
  const sheets = dataset.indicators.map((indicator) =>
    tableSheet(sheetName(localText(indicator.shortName ?? indicator.name, lang), taken), indicatorColumns(dataset, indicator, lang), lang),
  );
  return [...sheets, sourcesSheet(dataset, null, lang, taken)];
}

export function figureWorkbook(dataset: Dataset, models: readonly FigureModel[], lang: Lang): Uint8Array {
  return buildXlsx(figureSheets(dataset, models, lang));
}

export function datasetWorkbook(dataset: Dataset, lang: Lang): Uint8Array {
  return buildXlsx(datasetSheets(dataset, lang));
}
