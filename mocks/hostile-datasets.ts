import { cloneDataset, type Dataset } from './scenarios';

// Datasets that try to break the page. Each must either render as inert text or be refused
// with the message a user needs; nothing may run, and the layout must hold.

export const SCRIPT = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
export const RTL = '\u202Egnirts desrever\u202C';
export const LONG = `超长名称${'很长'.repeat(4_998)}`;

export interface HostileCase {
  name: string;
  dataset: () => unknown;
  /** The dataset still loads (true) or is refused as a whole (false). */
  loads: boolean;
  /** Rule and path the validator must report, if any. */
  expectIssue?: { path: string; rule: string };
  /** Text the page must show as plain text. */
  showsText?: string;
  /**
   * What the reader must be told, in each language: the alert or notice, the place and the
   * rule's words. Empty when the data is shown with nothing to complain about.
   */
  messages: { zh: string[]; en: string[] };
  /** A large case: the page is given longer to load it. */
  large?: boolean;
}

const NONE = { zh: [], en: [] };

/** The words of one problem that refuses the whole dataset. */
function refused(path: string, zhRule: string, enRule: string) {
  return {
    zh: ['数据集未通过校验，发现1个问题，无法显示。', path, zhRule],
    en: ['The dataset failed validation with 1 problem and cannot be shown.', path, enRule],
  };
}

/** The words of one source address kept as text (issue 16, item 6). */
function notLink(path: string) {
  return {
    zh: ['1处数据需要留意，已照常保留', path, '链接不是 http 或 https 地址，只作为文字显示'],
    en: ['1 thing in the data to note; kept as read', path, 'Link is not an http or https address; shown as text only'],
  };
}

export const EVIL_LINK = 'https://example.com/"><script>window.__pwned=4</script>';

function withIndicator(mutate: (d: Dataset) => void): () => Dataset {
  return () => {
    const d = cloneDataset();
    mutate(d);
    return d;
  };
}

/** One series of an indicator holding `count` copies of one point: every copy after the first is a duplicate period. */
export function duplicatePoints(count = 80_000, indicator = 1): Dataset {
  const d = cloneDataset();
  const series = d.indicators[indicator]!.series[0]! as { points: unknown[] };
  const point = series.points[0] as object;
  series.points = Array.from({ length: count }, () => ({ ...point }));
  return d;
}

/**
 * Numbers JSON.parse changes without a word, and a key written twice (issue 14, item 12): as
 * raw text, since a JavaScript object can hold neither. Each must load with a warning naming
 * its place.
 */
export function silentChangesText(): string {
  const d = cloneDataset();
  const text = JSON.stringify(d);
  const first = '"value":8.1,';
  if (!text.includes(first) || !text.includes('"id":"seed",')) throw new Error('the default dataset changed: adapt silentChangesText');
  return text
    .replace(first, '"value":1e-400,')
    .replace(/"value":[0-9.]+,/, '"value":123456789012345678901234567890,')
    .replace('"id":"seed",', '"id":"seed","id":"seed",');
}

export const hostileCases: HostileCase[] = [
  {
    name: 'markup and script in every text field',
    loads: true,
    showsText: SCRIPT,
    messages: NONE,
    dataset: withIndicator((d) => {
      d.title = { zh: SCRIPT, en: SCRIPT };
      d.regions[0]!.name = { zh: SCRIPT, en: SCRIPT };
      d.themes[0]!.name = { zh: SCRIPT, en: SCRIPT };
      d.indicators[0]!.name = { zh: SCRIPT, en: SCRIPT };
      d.indicators[0]!.unit = { zh: SCRIPT, en: SCRIPT };
      d.sources[0]!.title = { zh: SCRIPT, en: SCRIPT };
      (d.annotations[0] as { label: unknown }).label = { zh: SCRIPT, en: SCRIPT };
      (d.milestones[0] as { text: unknown }).text = { zh: SCRIPT, en: SCRIPT };
      (d.indicators[1]!.series[0]!.points[6] as { note?: unknown }).note = { zh: SCRIPT, en: SCRIPT };
    }),
  },
  {
    name: 'a javascript: URL in a source',
    // One bad link never hides the numbers: the source stays, its address shown as text.
    loads: true,
    expectIssue: { path: 'sources[1].url', rule: 'url-not-link' },
    messages: notLink('sources[1].url'),
    dataset: withIndicator((d) => {
      (d.sources[1] as { url?: string }).url = 'javascript:window.__pwned=3';
    }),
  },
  {
    name: 'a data: URL in a source',
    // One bad link never hides the numbers: the source stays, its address shown as text.
    loads: true,
    expectIssue: { path: 'sources[1].url', rule: 'url-not-link' },
    messages: notLink('sources[1].url'),
    dataset: withIndicator((d) => {
      (d.sources[1] as { url?: string }).url = 'data:text/html,<script>alert(1)</script>';
    }),
  },
  {
    name: 'right-to-left override characters',
    loads: true,
    showsText: RTL,
    messages: NONE,
    dataset: withIndicator((d) => {
      d.indicators[0]!.name = { zh: RTL, en: RTL };
    }),
  },
  {
    name: 'a 10,000-character name',
    loads: true,
    showsText: LONG,
    messages: NONE,
    dataset: withIndicator((d) => {
      d.indicators[0]!.name = { zh: LONG, en: LONG };
      d.indicators[0]!.shortName = { zh: LONG, en: LONG };
    }),
  },
  {
    name: '1e308 and negative zero',
    loads: true,
    // The headline card of the first indicator shows its latest figure.
    showsText: '1E308',
    messages: NONE,
    dataset: withIndicator((d) => {
      d.indicators[0]!.series[0]!.points[0]!.value = 1e308;
      d.indicators[0]!.series[0]!.points[1]!.value = -0;
      d.indicators[0]!.series[0]!.points.at(-1)!.value = 1e308;
    }),
  },
  {
    name: 'duplicate indicator ids',
    loads: true,
    expectIssue: { path: 'indicators[1].id', rule: 'duplicate-id' },
    messages: {
      zh: ['有1项指标因数据错误未显示', 'indicators[1].id', '标识重复'],
      en: ['1 indicator was left out because of data errors', 'indicators[1].id', 'Id is used twice'],
    },
    dataset: withIndicator((d) => {
      d.indicators[1]!.id = d.indicators[0]!.id;
    }),
  },
  {
    name: 'duplicate region ids',
    loads: false,
    expectIssue: { path: 'regions[1].id', rule: 'duplicate-id' },
    messages: refused('regions[1].id', '标识重复', 'Id is used twice'),
    dataset: withIndicator((d) => {
      d.regions[1]!.id = d.regions[0]!.id;
    }),
  },
  {
    name: 'markup inside an http link of a source',
    loads: true,
    messages: NONE,
    dataset: withIndicator((d) => {
      for (const source of d.sources) (source as { url?: string }).url = EVIL_LINK;
    }),
  },
  {
    name: 'a target naming an unknown indicator',
    loads: true,
    expectIssue: { path: 'targets[0].indicator', rule: 'unknown-indicator' },
    // The other target is still judged on its card (the page is in English when this is checked).
    showsText: 'about 20,000 enterprises above target',
    messages: {
      zh: ['1条事件、成果、目标、工作计划或口径调整记录有误，已略去', 'targets[0].indicator', '引用了未定义或已剔除的指标'],
      en: ['1 event, milestone, target, plan or break record was invalid and left out', 'targets[0].indicator', 'Refers to a missing or dropped indicator'],
    },
    dataset: withIndicator((d) => {
      d.targets[0]!.indicator = 'no-such-indicator';
    }),
  },
  {
    name: 'a plan with an unknown indicator',
    loads: true,
    expectIssue: { path: 'plans[0].indicators[0]', rule: 'unknown-indicator' },
    messages: {
      zh: ['1条事件、成果、目标、工作计划或口径调整记录有误，已略去', 'plans[0].indicators[0]', '引用了未定义或已剔除的指标'],
      en: ['1 event, milestone, target, plan or break record was invalid and left out', 'plans[0].indicators[0]', 'Refers to a missing or dropped indicator'],
    },
    dataset: withIndicator((d) => {
      d.plans[0]!.indicators[0] = 'no-such-indicator';
    }),
  },
  {
    name: 'a break before any data',
    loads: true,
    expectIssue: { path: 'breaks[0].period', rule: 'break-before-data' },
    messages: {
      zh: ['1条事件、成果、目标、工作计划或口径调整记录有误，已略去', 'breaks[0].period', '口径调整早于全部数据，无从区分前后'],
      en: ['1 event, milestone, target, plan or break record was invalid and left out', 'breaks[0].period', 'Break comes before any data, so it separates nothing'],
    },
    dataset: withIndicator((d) => {
      (d as Dataset & { breaks?: unknown[] }).breaks = [{ indicator: 'industrial-value-added-growth', period: '2010', note: { zh: '口径调整', en: 'Coverage changed' } }];
    }),
  },
  {
    name: '80,000 duplicate points in one series',
    loads: true,
    expectIssue: { path: 'indicators[1].series[0].points[1].period', rule: 'duplicate-period' },
    // Only the broken indicator is left out, named as the file names it; its issues are capped.
    messages: {
      zh: ['有1项指标因数据错误未显示', '规模以上工业增加值累计增速', 'indicators[1].series[0].points[1].period', '同一序列中时期重复', '另有79,989个问题'],
      en: ['1 indicator was left out because of data errors', 'Year-to-date growth of industrial value added', 'indicators[1].series[0].points[1].period', 'Period appears twice in one series', 'and 79,989 more'],
    },
    large: true,
    dataset: () => duplicatePoints(80_000),
  },
];

// ------------------------------------------------------------ scale (issue 14: 5, 6, 10)

/** 100,000 Latin letters with no space: a name no layout can fit on one line. */
export const UNBROKEN = 'W'.repeat(100_000);
/** Every C0 control, DEL, lone surrogates of both kinds and the two non-characters of XML 1.0. */
export const CONTROL_TEXT = `Ctl${Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('')}\u007f mid\uD800dle\uDC00 end\uFFFE\uFFFF`;
export const EXTREME = Number.MAX_VALUE;

/** Datasets that are valid yet break exports or layout, each built from the default dataset. */
export const scaleDatasets = {
  /** Dataset title, every region, indicator, unit and source named with 100,000 letters. */
  longNames: (): Dataset => {
    const d = cloneDataset();
    const long = { zh: UNBROKEN, en: UNBROKEN };
    d.title = long;
    for (const r of d.regions) r.name = { zh: `${r.id}${UNBROKEN}`, en: `${r.id}${UNBROKEN}` };
    for (const i of d.indicators) i.name = { zh: `${i.id}${UNBROKEN}`, en: `${i.id}${UNBROKEN}` };
    for (const s of d.sources) s.title = long;
    return d;
  },
  /** Control characters and lone surrogates in the names every export writes. */
  controlText: (): Dataset => {
    const d = cloneDataset();
    d.title = { zh: CONTROL_TEXT, en: CONTROL_TEXT };
    for (const r of d.regions) r.name = { zh: `${r.id}${CONTROL_TEXT}`, en: `${r.id}${CONTROL_TEXT}` };
    for (const i of d.indicators) {
      i.name = { zh: `${i.id}${CONTROL_TEXT}`, en: `${i.id}${CONTROL_TEXT}` };
      i.unit = { zh: `%${CONTROL_TEXT}`, en: `%${CONTROL_TEXT}` };
    }
    for (const s of d.sources) s.title = { zh: CONTROL_TEXT, en: CONTROL_TEXT };
    return d;
  },
  /** The headline growth rate at ±1.797e308 and beside them, for both regions. */
  extremeValues: (): Dataset => {
    const d = cloneDataset();
    const indicator = d.indicators.find((i) => i.id === 'industrial-value-added-growth')!;
    const values = [EXTREME, -EXTREME, EXTREME / 2, -EXTREME * 0.999, 1e308];
    for (const s of indicator.series) s.points.forEach((p, i) => (p.value = values[i % values.length]!));
    return d;
  },
};
