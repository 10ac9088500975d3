// Reads the CSV long format of docs/data-format.md (one row per point) into a dataset of the
// JSON format, so both go through the same validation. Nothing is dropped here: odd values
// are passed on as they are and the validator names them, with the row they came from.

export const REQUIRED_COLUMNS = ['indicator', 'region', 'period', 'value'] as const;
export const OPTIONAL_COLUMNS = ['unit', 'theme', 'kind', 'frequency', 'status', 'source', 'note'] as const;

/** What an imported file gets where its columns say nothing; shown to the user on import. */
export const CSV_DEFAULTS = {
  kind: 'level',
  theme: { zh: '导入的数据', en: 'Imported data' },
  unit: { zh: '数值', en: 'value' },
  sourceKind: 'derived',
} as const;

/** Problems of the file itself; `csv-columns` and `csv-empty` refuse the whole file. */
export type CsvRule = 'csv-columns' | 'csv-empty' | 'csv-row' | 'csv-unknown-column' | 'csv-source-not-link';

export interface CsvIssue {
  row: number;
  message: string;
  rule: CsvRule;
  /** The offending text (missing columns, a column's name, a source), for wording in another language. */
  got?: string;
  /** Another separator the header or row seems to use; for 'csv-row' with a field count, the header's count. */
  ref?: string;
  /** For 'csv-row': how many fields the row has. */
  count?: number;
}

export const FATAL_CSV_RULES: readonly CsvRule[] = ['csv-columns', 'csv-empty'];

/** A source that names an address of another scheme than http(s): shown as text, never a link. */
const NON_HTTP_ADDRESS = /^\s*(?:(?:javascript|vbscript|data|file|blob|about):|(?!https?:)[a-z][a-z0-9+.-]*:\/\/)/i;

const OTHER_SEPARATORS = [';', '\t', ',', '|'] as const;

/** Which other separator a line seems to use, if it has none of the file's own. */
function otherSeparator(line: string, delimiter: ',' | '\t'): string | undefined {
  return OTHER_SEPARATORS.find((sep) => sep !== delimiter && line.includes(sep));
}

function separatorName(sep: string): string {
  return sep === '\t' ? 'tabs' : `"${sep}"`;
}

export interface CsvImport {
  /** A document in the JSON dataset format, not yet validated. */
  document: Record<string, unknown>;
  /** The CSV row (1-based, counting the header as row 1) behind each point's JSON path. */
  rowOf: Map<string, number>;
  /** Problems of the file itself (missing columns, ragged rows); rows with them are left out. */
  issues: CsvIssue[];
  rows: number;
  delimiter: ',' | '\t';
}

/** RFC 4180 fields: quotes around fields, doubled quotes inside, line breaks inside quotes. */
export function parseDelimited(text: string, delimiter: ',' | '\t'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

export function detectDelimiter(firstLine: string): ',' | '\t' {
  return firstLine.includes('\t') ? '\t' : ',';
}

/** A slug for ids made from free text; non-ASCII names get a stable hash-based id. */
export function slugify(text: string): string {
  const ascii = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii && ascii.length >= Math.min(3, text.trim().length)) return ascii.slice(0, 80);
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return `x-${(h >>> 0).toString(36)}`;
}

function numberOrRaw(text: string): number | null | string {
  const t = text.trim().replace(/,/g, '');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : text;
}

function inferFrequency(period: string): string | undefined {
  if (/^\d{4}$/.test(period)) return 'year';
  if (/^\d{4}-Q\d$/.test(period)) return 'quarter';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  return undefined;
}

interface Group {
  name: string;
  meta: Partial<Record<(typeof OPTIONAL_COLUMNS)[number], string>>;
  series: Map<string, { period: string; value: number | null | string; source: string | null; status?: string; note?: string; row: number }[]>;
}

export function importCsv(text: string, fileName: string): CsvImport {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(clean.split(/\r?\n/).find((line) => !line.trimStart().replace(/^"/, '').startsWith('#')) ?? '');
  const parsed = parseDelimited(clean, delimiter);
  // A leading block of lines starting with `#` (title, date, sources and citation, as the
  // dashboard's own CSV downloads carry them) is not data: it is skipped, rows keep their numbers.
  let skipped = 0;
  while (skipped < parsed.length && (parsed[skipped]![0] ?? '').trimStart().startsWith('#')) skipped += 1;
  const table = parsed.slice(skipped);
  const issues: CsvIssue[] = [];
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const missing = REQUIRED_COLUMNS.filter((c) => col(c) < 0);
  const base = fileName.replace(/\.[^.]+$/, '') || 'imported';
  const document: Record<string, unknown> = {
    format: 'indicator-dataset/v1',
    id: slugify(base),
    title: base,
    updated: new Date().toISOString().slice(0, 10),
    regions: [],
    themes: [],
    sources: [],
    indicators: [],
  };
  const refuse = (issue: CsvIssue): CsvImport => ({ document, rowOf: new Map(), issues: [issue], rows: Math.max(0, table.length - 1), delimiter });
  if (table.length === 0) return refuse({ row: 1 + skipped, rule: 'csv-empty', message: 'The file is empty' });
  if (missing.length > 0) {
    const firstLine = clean.split(/\r?\n/).find((line) => !line.trimStart().replace(/^"/, '').startsWith('#')) ?? '';
    const other = otherSeparator(firstLine, delimiter);
    const hint = other && header.length === 1 ? `; the header seems to be separated by ${separatorName(other)}: use commas or tabs` : '';
    return refuse({ row: 1 + skipped, rule: 'csv-columns', message: `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}${hint}`, got: missing.join(', '), ...(hint ? { ref: other } : {}) });
  }
  if (table.length === 1) return refuse({ row: 1 + skipped, rule: 'csv-empty', message: 'The file has a header and no rows below the header' });
  const known: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
  for (const name of header) {
    if (name && !known.includes(name)) issues.push({ row: 1 + skipped, rule: 'csv-unknown-column', message: `Column ${JSON.stringify(name)} is not part of the format and was ignored`, got: JSON.stringify(name.slice(0, 80)) });
  }
  const lastRequired = Math.max(...REQUIRED_COLUMNS.map(col));

  const regions = new Map<string, string>();
  const themes = new Map<string, string>();
  const sources = new Map<string, { id: string; title: string; url?: string }>();
  const groups = new Map<string, Group>();
  table.slice(1).forEach((cells, i) => {
    const row = i + 2 + skipped;
    if (cells.length > header.length || cells.length <= lastRequired) {
      const other = otherSeparator(cells.join(''), delimiter);
      const hint = other && cells.length === 1 ? `; the row seems to be separated by ${separatorName(other)} while the header uses ${separatorName(delimiter)}` : '';
      issues.push({ row, rule: 'csv-row', message: `${cells.length} field${cells.length === 1 ? '' : 's'} where the header has ${header.length}${hint}`, count: cells.length, got: String(header.length), ...(hint ? { ref: other } : {}) });
      return;
    }
    const get = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? '').trim() : '');
    const indicatorName = get('indicator');
    const regionName = get('region');
    if (!indicatorName || !regionName) {
      issues.push({ row, rule: 'csv-row', message: 'indicator and region must not be empty' });
      return;
    }
    const regionId = slugify(regionName);
    regions.set(regionId, regionName);
    const indicatorId = slugify(indicatorName);
    let group = groups.get(indicatorId);
    if (!group) {
      group = { name: indicatorName, meta: {}, series: new Map() };
      groups.set(indicatorId, group);
    }
    for (const name of ['unit', 'theme', 'kind', 'frequency'] as const) {
      const v = get(name);
      if (v && !group.meta[name]) group.meta[name] = v;
    }
    const sourceText = get('source');
    let sourceId: string | null = null;
    if (sourceText) {
      const existing = sources.get(sourceText);
      sourceId = existing?.id ?? `s${sources.size + 1}`;
      if (!existing) sources.set(sourceText, { id: sourceId, title: sourceText, ...(/^https?:\/\//i.test(sourceText) ? { url: sourceText } : {}) });
      if (!existing && NON_HTTP_ADDRESS.test(sourceText)) {
        const message = `Source ${JSON.stringify(sourceText.slice(0, 80))} is not an http or https address: it is shown as text, not as a link`;
        issues.push({ row, rule: 'csv-source-not-link', message, got: JSON.stringify(sourceText.slice(0, 80)) });
      }
    }
    const points = group.series.get(regionId) ?? [];
    group.series.set(regionId, points);
    const status = get('status');
    const note = get('note');
    points.push({ period: get('period'), value: numberOrRaw(get('value')), source: sourceId, ...(status ? { status } : {}), ...(note ? { note } : {}), row });
  });

  const rowOf = new Map<string, number>();
  const indicators = [...groups.entries()].map(([id, g], i) => {
    const themeName = g.meta.theme;
    const themeId = themeName ? slugify(themeName) : 'imported';
    themes.set(themeId, themeName ?? '');
    const firstPeriod = [...g.series.values()][0]?.[0]?.period ?? '';
    return {
      id,
      theme: themeId,
      name: g.name,
      unit: g.meta.unit || CSV_DEFAULTS.unit,
      kind: g.meta.kind || CSV_DEFAULTS.kind,
      frequency: g.meta.frequency || inferFrequency(firstPeriod) || 'year',
      series: [...g.series.entries()].map(([region, points], j) => ({
        region,
        points: points.map(({ row, ...p }, k) => {
          rowOf.set(`indicators[${i}].series[${j}].points[${k}]`, row);
          return p;
        }),
      })),
    };
  });
  document.regions = [...regions.entries()].map(([id, name]) => ({ id, name }));
  document.themes = [...themes.entries()].map(([id, name]) => ({ id, name: name || CSV_DEFAULTS.theme }));
  document.sources = [...sources.values()].map((s) => ({ ...s, kind: CSV_DEFAULTS.sourceKind }));
  document.indicators = indicators;
  return { document, rowOf, issues, rows: table.length - 1, delimiter };
}

/** The CSV row behind a JSON path of an imported document, if the path is inside a point. */
export function rowForPath(rowOf: Map<string, number>, path: string): number | undefined {
  const m = /^indicators\[\d+\]\.series\[\d+\]\.points\[\d+\]/.exec(path);
  return m ? rowOf.get(m[0]) : undefined;
}
