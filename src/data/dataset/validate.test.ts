import { describe, expect, it } from 'vitest';
import defaultDataset from '../../../public/data/sichuan-industry.json';
import { comparePeriods } from '../../lib/periods';
import type { Dataset } from './schema';
import { validateDataset, type ValidationResult } from './validate';
import type { RuleCode, ValidationIssue } from './rules';

// Each broken case mutates a fresh copy of the default dataset at a JSON path, and in most cases
// that same path is where the validator must report the fault.

const REMOVE = Symbol('remove');

type Container = Record<string | number, unknown>;

function fresh(): unknown {
  return structuredClone(defaultDataset);
}

function segments(path: string): (string | number)[] {
  return [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) =>
    m[1] === undefined ? (m[2] ?? '') : Number(m[1]),
  );
}

function walk(root: unknown, keys: (string | number)[]): unknown {
  return keys.reduce<unknown>(
    (value, key) => (typeof value === 'object' && value !== null ? (value as Container)[key] : undefined),
    root,
  );
}

function get(root: unknown, path: string): unknown {
  return walk(root, segments(path));
}

function set(root: unknown, path: string, value: unknown): void {
  const keys = segments(path);
  const last = keys.pop();
  const parent = walk(root, keys);
  if (last === undefined || typeof parent !== 'object' || parent === null) throw new Error(`No parent for ${path}`);
  if (value === REMOVE) delete (parent as Container)[last];
  else (parent as Container)[last] = value;
}

function mutated(change: (d: unknown) => void): unknown {
  const d = fresh();
  change(d);
  return d;
}

function loaded(result: ValidationResult): Extract<ValidationResult, { ok: true }> {
  if (!result.ok) throw new Error(`Expected the dataset to load: ${JSON.stringify(result.issues)}`);
  return result;
}

function refused(result: ValidationResult): ValidationIssue[] {
  if (result.ok) throw new Error('Expected the dataset to be refused');
  return result.issues;
}

const where = (issues: ValidationIssue[]) => issues.map(({ path, rule }) => ({ path, rule }));

function isChronological(dataset: Dataset): boolean {
  return dataset.indicators.every((indicator) =>
    indicator.series.every((series) =>
      series.points.every((point, i, points) => i === 0 || comparePeriods(points[i - 1]?.period ?? '', point.period) < 0),
    ),
  );
}

interface BrokenCase {
  name: string;
  path: string;
  rule: RuleCode;
  /** Written at `path`; REMOVE deletes the field. Ignored when `change` is given. */
  value?: unknown;
  change?: (d: unknown) => void;
}

const apply = ({ path, value, change }: BrokenCase) => mutated(change ?? ((d) => set(d, path, value)));

const POINT = 'indicators[0].series[0].points[0]';

describe('validateDataset on the default dataset', () => {
  it('loads every indicator with no issues and points in time order', () => {
    const { dataset, dropped, warnings } = loaded(validateDataset(fresh()));
    expect(dropped).toEqual([]);
    expect(warnings).toEqual([]);
    expect(dataset.indicators).toHaveLength(32);
    expect(dataset.annotations).toHaveLength(1);
    expect(dataset.milestones).toHaveLength(7);
    expect(isChronological(dataset)).toBe(true);
  });

  it('fills the defaults the format allows to be left out', () => {
    const input = mutated((d) => {
      set(d, 'annotations', REMOVE);
      set(d, 'milestones', REMOVE);
    });
    const { dataset } = loaded(validateDataset(input));
    expect(dataset.annotations).toEqual([]);
    expect(dataset.milestones).toEqual([]);
    expect(dataset.indicators[0]?.cumulative).toBe(false);
    expect(dataset.indicators[1]?.cumulative).toBe(true);
    expect(dataset.indicators[2]?.highlight).toBe(false);
  });

  it('does not mutate its input', () => {
    const input = mutated((d) => {
      set(d, `${POINT}.value`, -0);
      const points = get(d, 'indicators[0].series[0].points');
      if (Array.isArray(points)) points.reverse();
    });
    const before = structuredClone(input);
    validateDataset(input);
    expect(input).toEqual(before);
  });
});

describe('structural errors refuse the load', () => {
  it.each([null, [], 'indicator-dataset/v1', 42])('refuses %j as not an object', (input) => {
    expect(where(refused(validateDataset(input)))).toEqual([{ path: '', rule: 'not-object' }]);
  });

  const cases: BrokenCase[] = [
    { name: 'wrong format', path: 'format', value: 'indicator-dataset/v2', rule: 'unsupported-format' },
    { name: 'missing format', path: 'format', value: REMOVE, rule: 'unsupported-format' },
    { name: 'missing title', path: 'title', value: REMOVE, rule: 'required' },
    { name: 'missing updated', path: 'updated', value: REMOVE, rule: 'required' },
    { name: 'impossible updated date', path: 'updated', value: '2026-02-30', rule: 'date' },
    { name: 'updated not YYYY-MM-DD', path: 'updated', value: '27/11/2026', rule: 'date' },
    { name: 'dataset id not a slug', path: 'id', value: 'Sichuan_Industry', rule: 'slug' },
    { name: 'no regions', path: 'regions', value: [], rule: 'min-items' },
    { name: 'region id not a slug', path: 'regions[0].id', value: 'Sichuan Province', rule: 'slug' },
    { name: 'region not an object', path: 'regions[1]', value: 'china', rule: 'not-object' },
    { name: 'blank title text', path: 'title', value: { zh: '', en: '  ' }, rule: 'text' },
    { name: 'text with a non-string translation', path: 'regions[0].name', value: { zh: 1 }, rule: 'text' },
    {
      name: 'duplicate theme id',
      path: 'themes[1].id',
      rule: 'duplicate-id',
      change: (d) => set(d, 'themes[1].id', get(d, 'themes[0].id')),
    },
    { name: 'source url not text', path: 'sources[1].url', value: 42, rule: 'type' },
    { name: 'unknown source kind', path: 'sources[0].kind', value: 'blog', rule: 'enum' },
    { name: 'sources not an array', path: 'sources', value: {}, rule: 'type' },
    { name: 'missing indicators', path: 'indicators', value: REMOVE, rule: 'required' },
    { name: 'no indicators', path: 'indicators', value: [], rule: 'min-items' },
  ];

  it.each(cases)('$name → $rule at $path', (broken) => {
    expect(where(refused(validateDataset(apply(broken))))).toEqual([{ path: broken.path, rule: broken.rule }]);
  });

  it('reports every structural error together', () => {
    const input = mutated((d) => {
      set(d, 'title', REMOVE);
      set(d, 'updated', '2026-13-01');
      set(d, 'regions[0].id', 'Bad Id');
      set(d, 'themes[2].id', get(d, 'themes[0].id'));
      set(d, 'sources[1].url', false);
    });
    const issues = where(refused(validateDataset(input)));
    expect(issues).toHaveLength(5);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'title', rule: 'required' },
        { path: 'updated', rule: 'date' },
        { path: 'regions[0].id', rule: 'slug' },
        { path: 'themes[2].id', rule: 'duplicate-id' },
        { path: 'sources[1].url', rule: 'type' },
      ]),
    );
  });

  it('names the offending value in the detail, cut short when long', () => {
    const long = `javascript:${'a'.repeat(500)}`;
    const [issue] = loaded(validateDataset(mutated((d) => set(d, 'sources[1].url', long)))).warnings;
    expect(issue?.detail).toContain('"javascript:aaa');
    expect(issue?.detail).toContain('…');
    expect(issue?.detail.length).toBeLessThan(200);
  });
});

describe('a source address that is not http(s) is kept as text, with a warning', () => {
  it.each([
    ['javascript:', 'sources[1].url', 'javascript:alert(1)'],
    ['data:', 'sources[2].url', 'data:text/html,<b>x</b>'],
    ['scheme-relative', 'sources[2].url', '//evil.example/x'],
    ['ftp:', 'sources[1].url', 'ftp://example.com/file'],
    ['leading blank', 'sources[1].url', ' https://example.com/'],
  ])('%s', (_name, path, value) => {
    const { dataset, warnings } = loaded(validateDataset(mutated((d) => set(d, path, value))));
    expect(where(warnings)).toEqual([{ path, rule: 'url-not-link' }]);
    const index = Number(/\d+/.exec(path)?.[0]);
    const source = dataset.sources[index]!;
    expect(source.url).toBeUndefined();
    expect(source.urlText).toBe(value);
    expect(dataset.indicators).toHaveLength(32);
  });

  it('an http(s) link stays a link', () => {
    const { dataset, warnings } = loaded(validateDataset(mutated((d) => set(d, 'sources[1].url', 'https://example.com/a'))));
    expect(warnings).toEqual([]);
    expect(dataset.sources[1]).toMatchObject({ url: 'https://example.com/a' });
    expect(dataset.sources[1]?.urlText).toBeUndefined();
  });
});

describe('an error inside one indicator drops only that indicator', () => {
  const cases: BrokenCase[] = [
    { name: 'month 13', path: `${POINT}.period`, value: '2023-13', rule: 'period-format' },
    { name: 'quarter in a yearly indicator', path: `${POINT}.period`, value: '2015-Q1', rule: 'period-frequency' },
    {
      name: 'duplicate period',
      path: 'indicators[0].series[0].points[1].period',
      rule: 'duplicate-period',
      change: (d) => set(d, 'indicators[0].series[0].points[1].period', get(d, `${POINT}.period`)),
    },
    { name: 'unknown region', path: 'indicators[0].series[1].region', value: 'atlantis', rule: 'unknown-region' },
    {
      name: 'two series for one region',
      path: 'indicators[0].series[1].region',
      value: 'sichuan',
      rule: 'duplicate-region-series',
    },
    { name: 'no series', path: 'indicators[0].series', value: [], rule: 'min-items' },
    { name: 'unknown theme', path: 'indicators[4].theme', value: 'weather', rule: 'unknown-theme' },
    { name: 'unknown point source', path: `${POINT}.source`, value: 'nowhere', rule: 'unknown-source' },
    { name: 'missing point source', path: `${POINT}.source`, value: REMOVE, rule: 'required' },
    { name: 'value as a string', path: `${POINT}.value`, value: '6.5', rule: 'finite-number' },
    { name: 'value Infinity', path: `${POINT}.value`, value: Number.POSITIVE_INFINITY, rule: 'finite-number' },
    { name: 'value NaN', path: `${POINT}.value`, value: Number.NaN, rule: 'finite-number' },
    { name: 'missing value', path: `${POINT}.value`, value: REMOVE, rule: 'required' },
    { name: 'unknown status', path: `${POINT}.status`, value: 'estimated', rule: 'enum' },
    { name: 'empty unit', path: 'indicators[2].unit', value: {}, rule: 'text' },
    { name: 'unknown kind', path: 'indicators[2].kind', value: 'ratio', rule: 'enum' },
    { name: 'unknown frequency', path: 'indicators[2].frequency', value: 'week', rule: 'enum' },
    { name: 'decimals 9', path: 'indicators[3].decimals', value: 9, rule: 'integer-range' },
    { name: 'decimals 1.5', path: 'indicators[3].decimals', value: 1.5, rule: 'integer-range' },
    { name: 'cumulative as text', path: 'indicators[1].cumulative', value: 'yes', rule: 'type' },
    { name: 'indicator id not a slug', path: 'indicators[6].id', value: 'Little Giants', rule: 'slug' },
    { name: 'indicator not an object', path: 'indicators[3]', value: 42, rule: 'not-object' },
    {
      name: 'duplicate indicator id',
      path: 'indicators[5].id',
      rule: 'duplicate-id',
      change: (d) => set(d, 'indicators[5].id', get(d, 'indicators[0].id')),
    },
  ];

  it.each(cases)('$name → $rule at $path', (broken) => {
    const input = apply(broken);
    const index = Number(/^indicators\[(\d+)\]/.exec(broken.path)?.[1]);
    const id = get(input, `indicators[${index}].id`);
    const { dataset, dropped, warnings } = loaded(validateDataset(input));

    expect(dropped.map((d) => ({ index: d.index, id: d.id, issues: where(d.issues) }))).toEqual([
      { index, id: typeof id === 'string' ? id : null, issues: [{ path: broken.path, rule: broken.rule }] },
    ]);
    expect(dataset.indicators).toHaveLength(31);
    // A priority or target naming the dropped indicator loses that reference, with a warning
    // of its own (plan-entries.test.ts); nothing else is warned about.
    expect(warnings.filter((w) => !/^(plans|targets)\[/.test(w.path))).toEqual([]);
  });

  it('keeps the first of two indicators with the same id', () => {
    const input = mutated((d) => set(d, 'indicators[5].id', get(d, 'indicators[0].id')));
    const { dataset } = loaded(validateDataset(input));
    expect(dataset.indicators[0]?.kind).toBe('rate');
    expect(dataset.indicators.filter((i) => i.id === 'industrial-value-added-growth')).toHaveLength(1);
  });

  it('reports every fault of a dropped indicator', () => {
    const input = mutated((d) => {
      set(d, 'indicators[0].theme', 'weather');
      set(d, `${POINT}.value`, '7.9');
      set(d, 'indicators[0].series[1].points[2].period', '2017-Q1');
    });
    const { dropped } = loaded(validateDataset(input));
    expect(where(dropped[0]?.issues ?? [])).toEqual(
      expect.arrayContaining([
        { path: 'indicators[0].theme', rule: 'unknown-theme' },
        { path: `${POINT}.value`, rule: 'finite-number' },
        { path: 'indicators[0].series[1].points[2].period', rule: 'period-frequency' },
      ]),
    );
    expect(dropped[0]?.issues).toHaveLength(3);
  });

  it('refuses the load when every indicator is broken', () => {
    const input = mutated((d) => {
      for (let i = 0; i < 32; i += 1) set(d, `indicators[${i}].theme`, 'weather');
    });
    const issues = where(refused(validateDataset(input)));
    expect(issues).toHaveLength(32);
    expect(issues[31]).toEqual({ path: 'indicators[31].theme', rule: 'unknown-theme' });
  });
});

describe('normalisation', () => {
  it('ignores unknown extra fields', () => {
    const input = mutated((d) => {
      set(d, 'generator', 'export-tool 2.1');
      set(d, 'regions[0].population', 83_000_000);
      set(d, 'sources[0].licence', 'CC-BY');
      set(d, 'indicators[0].owner', 'statistics team');
      set(d, `${POINT}.confidence`, 0.9);
    });
    const { dataset, dropped, warnings } = loaded(validateDataset(input));
    expect(dropped).toEqual([]);
    expect(warnings).toEqual([]);
    expect(dataset.indicators).toHaveLength(32);
    expect(dataset).not.toHaveProperty('generator');
    expect(dataset.regions[0]).not.toHaveProperty('population');
    expect(dataset.indicators[0]?.series[0]?.points[0]).not.toHaveProperty('confidence');
  });

  it('sorts points that come in any order', () => {
    const input = mutated((d) => {
      const points = get(d, 'indicators[0].series[0].points');
      if (Array.isArray(points)) points.reverse();
    });
    const { dataset } = loaded(validateDataset(input));
    expect(isChronological(dataset)).toBe(true);
    expect(dataset.indicators[0]?.series[0]?.points[0]).toMatchObject({ period: '2015', value: 7.9 });
  });

  it('turns -0 into 0', () => {
    const { dataset } = loaded(validateDataset(mutated((d) => set(d, `${POINT}.value`, -0))));
    expect(Object.is(dataset.indicators[0]?.series[0]?.points[0]?.value, 0)).toBe(true);
  });

  it('accepts plain-string text and drops blank translations', () => {
    const input = mutated((d) => {
      set(d, 'title', { zh: '', en: 'Sichuan industry' });
      set(d, 'regions[0].name', '四川省');
    });
    const { dataset } = loaded(validateDataset(input));
    expect(dataset.title).toEqual({ en: 'Sichuan industry' });
    expect(dataset.regions[0]?.name).toBe('四川省');
  });
});

describe('annotations and milestones', () => {
  it('leaves out a bad annotation and reports it as a warning', () => {
    const { dataset, dropped, warnings } = loaded(validateDataset(mutated((d) => set(d, 'annotations[0].period', '2023-7'))));
    expect(where(warnings)).toEqual([{ path: 'annotations[0].period', rule: 'period-format' }]);
    expect(dataset.annotations).toEqual([]);
    expect(dropped).toEqual([]);
    expect(dataset.indicators).toHaveLength(32);
  });

  it.each<[string, string, unknown, RuleCode]>([
    ['annotation on an unknown region', 'annotations[0].region', 'atlantis', 'unknown-region'],
    ['annotation on an unknown indicator', 'annotations[0].indicator', 'rainfall', 'unknown-indicator'],
    ['annotation citing an unknown source', 'annotations[0].source', 'nowhere', 'unknown-source'],
    ['milestone in an unknown theme', 'milestones[3].theme', 'weather', 'unknown-theme'],
    ['milestone without text', 'milestones[3].text', REMOVE, 'required'],
  ])('%s → warning %s', (_name, path, value, rule) => {
    const { dataset, warnings } = loaded(validateDataset(mutated((d) => set(d, path, value))));
    expect(where(warnings)).toEqual([{ path, rule }]);
    expect(dataset.annotations.length + dataset.milestones.length).toBe(7);
  });

  it('warns about an annotation on an indicator that was dropped', () => {
    const input = mutated((d) => {
      set(d, 'annotations[0].indicator', 'little-giants-total');
      set(d, 'indicators[5].theme', 'weather');
    });
    const { warnings } = loaded(validateDataset(input));
    expect(where(warnings).filter((w) => !w.path.startsWith('plans['))).toEqual([{ path: 'annotations[0].indicator', rule: 'unknown-indicator' }]);
  });
});
