import { describe, expect, it } from 'vitest';
import defaultDataset from '../../../public/data/sichuan-industry.json';
import { validateDataset } from './validate';

// Targets, plans and breaks: each broken entry is left out with a warning naming its place and
// rule; the rest of the dataset, and the other entries, load as they are.

type Raw = typeof defaultDataset & { breaks?: unknown[] };

function fresh(): Raw {
  return structuredClone(defaultDataset);
}

function load(raw: unknown) {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
  return result;
}

describe('targets, plans and breaks', () => {
  it('loads the default dataset with its two targets, six priorities and China as the aggregate', () => {
    const { dataset, warnings } = load(fresh());
    expect(warnings).toEqual([]);
    expect(dataset.targets?.map((t) => `${t.indicator}@${t.period} ${t.comparison} ${t.value}`)).toEqual([
      'little-giants-added@2023 at-least 50',
      'cloud-enterprises-added@2023 at-least 30000',
    ]);
    expect(dataset.plans).toHaveLength(6);
    expect(dataset.plans?.[5]?.indicators).toEqual([]);
    expect(dataset.regions.find((r) => r.id === 'china')?.aggregate).toBe(true);
    expect(dataset.breaks).toEqual([]);
  });

  it('drops a target naming an unknown indicator, keeps the other', () => {
    const raw = fresh();
    raw.targets[0]!.indicator = 'no-such-indicator';
    const { dataset, warnings } = load(raw);
    expect(warnings).toEqual([{ path: 'targets[0].indicator', rule: 'unknown-indicator', detail: '"no-such-indicator" is not an id in the loaded indicators', got: '"no-such-indicator"', ref: 'the loaded indicators' }]);
    expect(dataset.targets?.map((t) => t.indicator)).toEqual(['cloud-enterprises-added']);
    expect(dataset.indicators).toHaveLength(defaultDataset.indicators.length);
  });

  it('drops a target of an unknown region or source, one that is not a year, and a second target for the same year', () => {
    const raw = fresh();
    raw.targets[0]!.region = 'atlantis';
    raw.targets[1]!.source = 'nowhere';
    raw.targets.push({ ...raw.targets[1]!, source: 'seed', period: '2023-06' }, { ...raw.targets[1]!, source: 'seed' }, { ...raw.targets[1]!, source: 'seed', value: 1 });
    const { dataset, warnings } = load(raw);
    expect(warnings.map((w) => `${w.path} ${w.rule}`)).toEqual([
      'targets[0].region unknown-region',
      'targets[1].source unknown-source',
      'targets[2].period period-format',
      'targets[4] duplicate-target',
    ]);
    expect(dataset.targets?.map((t) => t.value)).toEqual([30000]);
  });

  it('keeps a priority whose indicator is unknown, leaving out only that reference', () => {
    const raw = fresh();
    raw.plans[3]!.indicators = ['high-tech-manufacturing-growth', 'no-such-indicator'];
    const { dataset, warnings } = load(raw);
    expect(warnings.map((w) => `${w.path} ${w.rule}`)).toEqual(['plans[3].indicators[1] unknown-indicator']);
    expect(dataset.plans?.[3]?.indicators).toEqual(['high-tech-manufacturing-growth']);
    expect(dataset.plans).toHaveLength(6);
  });

  it('drops a plan with an unknown source or a repeated id', () => {
    const raw = fresh();
    raw.plans[0]!.source = 'nowhere';
    raw.plans[2]!.id = raw.plans[1]!.id;
    const { dataset, warnings } = load(raw);
    expect(warnings.map((w) => `${w.path} ${w.rule}`)).toEqual(['plans[0].source unknown-source', 'plans[2].id duplicate-id']);
    expect(dataset.plans?.map((p) => p.id)).toEqual(['plan-2024-2-stable-growth', 'plan-2024-4-innovation', 'plan-2024-5-leading-enterprises', 'plan-2024-6-safety']);
  });

  it('keeps a break with data before it and drops one before any data', () => {
    const raw = fresh();
    // industrial-value-added-growth starts in 2015: a break in 2015 has nothing before it.
    raw.breaks = [
      { indicator: 'industrial-value-added-growth', period: '2015', note: { zh: '口径调整', en: 'Coverage changed' } },
      { indicator: 'industrial-value-added-growth', region: 'sichuan', period: '2021', note: '2021' },
      { indicator: 'industrial-value-added-growth', region: 'nowhere', period: '2021', note: 'x' },
    ];
    const { dataset, warnings } = load(raw);
    expect(warnings.map((w) => `${w.path} ${w.rule}`)).toEqual(['breaks[0].period break-before-data', 'breaks[2].region unknown-region']);
    expect(dataset.breaks?.map((b) => b.period)).toEqual(['2021']);
  });

  it('warns about a field of the wrong type instead of refusing the dataset', () => {
    const raw: Record<string, unknown> = fresh();
    raw.plans = 'none';
    const { dataset, warnings } = load(raw);
    expect(warnings).toEqual([{ path: 'plans', rule: 'type', detail: 'Expected an array; got "none"', got: '"none"', ref: 'array' }]);
    expect(dataset.plans).toEqual([]);
  });
});
