import type { RuleCode } from '../src/data/dataset/rules';
import { LONG, RTL, SCRIPT } from './hostile-datasets';

// CSV files that are wrong, odd or hostile, each with what the reader must be told. Unit tests
// run every case through csv-import and validation (src/data/bad-csv.test.ts); end-to-end tests
// open every case through the Open data dialog (e2e/bad-csv.spec.ts).

export interface CsvMessage {
  rule: RuleCode;
  /** The file's row named in the report (the header is row 1). */
  row?: number;
  /** A piece of the detail line, which quotes the offending value. */
  detail?: string;
  /** The rule as the report words it, in each language. */
  zh: string;
  en: string;
}

export interface BadCsvCase {
  name: string;
  fileName: string;
  text: string;
  /** Refused as a whole, or loaded (perhaps with parts left out). */
  loads: boolean;
  /** Every problem the report must list; the report lists no others. */
  messages: CsvMessage[];
  /** Names of the indicators shown after import, and of those left out. */
  kept: string[];
  dropped: string[];
  /** Text that must appear on the page as plain text once the data is shown. */
  showsText?: string;
}

const HEADER = 'indicator,region,period,value';
/** A sound indicator that every partly broken file also holds: the part that must be shown. */
const GOOD = ['Green factories,Sichuan,2021,20', 'Green factories,Sichuan,2022,37'];
const good = (...rows: string[]) => [HEADER, ...GOOD, ...rows].join('\n') + '\n';

const RULES = {
  columns: { zh: 'CSV 缺少必需的列', en: 'The CSV file lacks a required column' },
  unknownColumn: { zh: 'CSV 中有无法识别的列，已忽略', en: 'Unknown CSV column, ignored' },
  row: { zh: 'CSV 行格式有误，已略去', en: 'Malformed CSV row, left out' },
  empty: { zh: 'CSV 文件没有数据行', en: 'The CSV file has no data rows' },
  number: { zh: '数值应为有限数字或 null', en: 'Value must be a finite number or null' },
  period: { zh: '时期格式应为 YYYY、YYYY-Qn 或 YYYY-MM', en: 'Period must be YYYY, YYYY-Qn or YYYY-MM' },
  duplicate: { zh: '同一序列中时期重复', en: 'Period appears twice in one series' },
  notLink: { zh: '来源不是 http 或 https 链接，只作为文字显示', en: 'Source is not an http or https link; shown as text only' },
} as const;

export const badCsvCases: BadCsvCase[] = [
  {
    name: 'a required column is missing',
    fileName: 'missing-column.csv',
    text: 'indicator,region,value\nGreen factories,Sichuan,20\n',
    loads: false,
    messages: [{ rule: 'csv-columns', row: 1, detail: 'missing column: period', ...RULES.columns }],
    kept: [],
    dropped: [],
  },
  {
    name: 'an unknown column',
    fileName: 'unknown-column.csv',
    text: 'indicator,region,period,value,colour\nGreen factories,Sichuan,2021,20,green\nGreen factories,Sichuan,2022,37,green\n',
    loads: true,
    messages: [{ rule: 'csv-unknown-column', row: 1, detail: 'colour', ...RULES.unknownColumn }],
    kept: ['Green factories'],
    dropped: [],
  },
  {
    name: 'a row separated by semicolons in a comma-separated file',
    fileName: 'separator-mix.csv',
    text: good('Green parks;Sichuan;2021;5'),
    loads: true,
    messages: [{ rule: 'csv-row', row: 4, detail: 'separated by ";"', ...RULES.row }],
    kept: ['Green factories'],
    dropped: [],
  },
  {
    name: 'a file separated by semicolons',
    fileName: 'semicolons.csv',
    text: 'indicator;region;period;value\nGreen factories;Sichuan;2021;20\n',
    loads: false,
    messages: [{ rule: 'csv-columns', row: 1, detail: 'separated by ";"', ...RULES.columns }],
    kept: [],
    dropped: [],
  },
  {
    name: 'a row with too few fields',
    fileName: 'short-row.csv',
    text: good('Green parks,Sichuan,2021'),
    loads: true,
    messages: [{ rule: 'csv-row', row: 4, detail: '3 fields where the header has 4', ...RULES.row }],
    kept: ['Green factories'],
    dropped: [],
  },
  {
    name: 'a value that is not a number',
    fileName: 'not-a-number.csv',
    text: good('Green parks,Sichuan,2021,5', 'Green parks,Sichuan,2022,lots'),
    loads: true,
    messages: [{ rule: 'finite-number', row: 5, detail: '"lots"', ...RULES.number }],
    kept: ['Green factories'],
    dropped: ['Green parks'],
  },
  {
    name: 'a bad period code',
    fileName: 'bad-period.csv',
    text: good('Green parks,Sichuan,2021-13,5', 'Green parks,Sichuan,2021-12,6'),
    loads: true,
    messages: [{ rule: 'period-format', row: 4, detail: '"2021-13"', ...RULES.period }],
    kept: ['Green factories'],
    dropped: ['Green parks'],
  },
  {
    name: 'an empty file',
    fileName: 'empty.csv',
    text: '',
    loads: false,
    messages: [{ rule: 'csv-empty', row: 1, detail: 'The file is empty', ...RULES.empty }],
    kept: [],
    dropped: [],
  },
  {
    name: 'a header and no rows',
    fileName: 'header-only.csv',
    text: `${HEADER}\n`,
    loads: false,
    messages: [{ rule: 'csv-empty', row: 1, detail: 'no rows below the header', ...RULES.empty }],
    kept: [],
    dropped: [],
  },
  {
    name: 'the same point twice',
    fileName: 'duplicate.csv',
    text: good('Green parks,Sichuan,2021,5', 'Green parks,Sichuan,2022,6', 'Green parks,Sichuan,2021,5'),
    loads: true,
    messages: [{ rule: 'duplicate-period', row: 6, detail: '"2021"', ...RULES.duplicate }],
    kept: ['Green factories'],
    dropped: ['Green parks'],
  },
  {
    name: 'a byte-order mark and tabs',
    fileName: 'bom-tab.tsv',
    text: '\uFEFFindicator\tregion\tperiod\tvalue\tunit\n绿色工厂\t四川省\t2021\t20\t家\n绿色工厂\t四川省\t2022\t37\t家\n',
    loads: true,
    messages: [],
    kept: ['绿色工厂'],
    dropped: [],
  },
  {
    name: 'quoted fields with commas, quotes and line breaks',
    fileName: 'quoted.csv',
    text: `${HEADER},source,note\n"Green factories, national",Sichuan,2021,"1,020","Sichuan bureau, 2025","first line, with a comma\nsecond line with ""quotes"""\n"Green factories, national",Sichuan,2022,"1,037","Sichuan bureau, 2025",\n`,
    loads: true,
    messages: [],
    kept: ['Green factories, national'],
    dropped: [],
    showsText: 'Green factories, national',
  },
  {
    name: 'markup and script in every text field',
    fileName: 'markup.csv',
    text: `${HEADER},unit,theme,source,note\n${[1, 2].map((k) => [SCRIPT, SCRIPT, `202${k}`, String(k), SCRIPT, SCRIPT, SCRIPT, SCRIPT].map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\n')}\n`,
    loads: true,
    messages: [],
    kept: [SCRIPT],
    dropped: [],
    showsText: SCRIPT,
  },
  {
    name: 'a javascript: URL as the source',
    fileName: 'javascript-url.csv',
    text: `${HEADER},source\nGreen factories,Sichuan,2021,20,javascript:window.__pwned=3\nGreen factories,Sichuan,2022,37,https://www.miit.gov.cn/\n`,
    loads: true,
    messages: [{ rule: 'csv-source-not-link', row: 2, detail: 'javascript:', ...RULES.notLink }],
    kept: ['Green factories'],
    dropped: [],
  },
  {
    name: '10,000-character names',
    fileName: 'long-names.csv',
    text: `${HEADER}\n${LONG},${LONG},2021,20\n${LONG},${LONG},2022,37\n`,
    loads: true,
    messages: [],
    kept: [LONG],
    dropped: [],
  },
  {
    name: '1e308, and 1e309 which is beyond any number',
    fileName: 'huge-numbers.csv',
    text: good('Huge,Sichuan,2021,1e308', 'Huge,Sichuan,2022,1e308', 'Beyond,Sichuan,2021,1', 'Beyond,Sichuan,2022,1e309'),
    loads: true,
    messages: [{ rule: 'finite-number', row: 7, detail: '"1e309"', ...RULES.number }],
    kept: ['Green factories', 'Huge'],
    dropped: ['Beyond'],
  },
  {
    name: 'negative zero',
    fileName: 'negative-zero.csv',
    text: `${HEADER}\nFlat,Sichuan,2021,-0\nFlat,Sichuan,2022,0\n`,
    loads: true,
    messages: [],
    kept: ['Flat'],
    dropped: [],
  },
  {
    name: 'right-to-left override characters',
    fileName: 'rtl.csv',
    text: `${HEADER}\n${RTL},Sichuan,2021,20\n${RTL},Sichuan,2022,37\n`,
    loads: true,
    messages: [],
    kept: [RTL],
    dropped: [],
    showsText: RTL,
  },
];
