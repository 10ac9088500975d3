import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/sichuan-industry.json';
import type { Dataset, Indicator, Point, Target } from '../dataset/schema';
import { validateDataset } from '../dataset/validate';
import { figureModel, type FigureModel } from './figure-model';
import { indicatorTransforms, resolveFigureSettings, type FigureParams } from './figure-settings';
import { judgeTarget } from './targets';

// Targets, ranks and breaks in the figure model, from the default dataset and from small
// datasets made here. Expected numbers are worked out by hand in the comments.

const loaded = validateDataset(raw);
if (!loaded.ok) throw new Error('default dataset must be valid');
const sichuan = loaded.dataset;

function model(ds: Dataset, id: string, params: FigureParams = {}): FigureModel {
  const ind = ds.indicators.find((i) => i.id === id)!;
  return figureModel({ dataset: ds, entries: [{ indicator: ind, settings: resolveFigureSettings(params, ind, ds) }], plotWidth: 0 });
}

function points(values: [string, number | null, Point['status']?][]): Point[] {
  return values.map(([period, value, status]) => ({ period, value, source: 's', ...(status ? { status } : {}) }));
}

function indicator(id: string, kind: Indicator['kind'], frequency: Indicator['frequency'], series: Indicator['series'], cumulative = false): Indicator {
  return { id, theme: 't', name: { zh: id, en: id }, unit: { zh: '户', en: 'enterprises' }, kind, frequency, cumulative, highlight: false, series };
}

function made(indicators: Indicator[], extra: Partial<Dataset> = {}): Dataset {
  return {
    format: 'indicator-dataset/v1',
    id: 'd',
    title: 'D',
    updated: '2026-01-01',
    regions: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C' },
      { id: 'nation', name: 'Nation', aggregate: true },
    ],
    themes: [{ id: 't', name: 'T' }],
    sources: [{ id: 's', kind: 'official', title: 'S' }],
    indicators,
    annotations: [],
    milestones: [],
    ...extra,
  };
}

const target = (indicatorId: string, period: string, value: number, comparison: Target['comparison'], region = 'a'): Target => ({ indicator: indicatorId, region, period, value, comparison, source: 's' });

describe('targets of the default dataset', () => {
  it('judges 107 little giants added in 2023 against at least 50: met, 57 above', () => {
    const m = model(sichuan, 'little-giants-added');
    expect(m.targets).toHaveLength(1);
    const { judgement, t, seriesKey } = m.targets[0]!;
    expect([t, seriesKey]).toEqual([2023, 'little-giants-added__sichuan']);
    // 107 − 50 = 57; at-least and 107 ≥ 50 → met.
    expect(judgement).toMatchObject({ actual: { period: '2023', value: 107 }, complete: true, difference: 57, verdict: 'met', progress: null });
    expect(m.facts?.targets).toEqual([judgement]);
  });

  it('judges about 50,000 enterprises on the cloud in 2023 against at least 30,000: met, about 20,000 above', () => {
    const m = model(sichuan, 'cloud-enterprises-added');
    const { judgement } = m.targets[0]!;
    // 50,000 (approximate) − 30,000 = 20,000.
    expect(judgement).toMatchObject({ actual: { value: 50000, status: 'approximate' }, difference: 20000, verdict: 'met' });
  });

  it('draws no target outside the range, nor under a transform', () => {
    expect(model(sichuan, 'little-giants-added', { from: '2024' }).targets).toEqual([]);
    expect(model(sichuan, 'little-giants-added', { transform: 'running-total' }).targets).toEqual([]);
  });

  it('reaches the axis up to the target', () => {
    // Values 133, 107, 84 and the target 50: the axis still starts at zero and ends above 133.
    const m = model(sichuan, 'little-giants-added');
    expect(m.value.domain[0]).toBe(0);
    expect(m.value.domain[1]).toBeGreaterThanOrEqual(133);
  });
});

describe('judging targets', () => {
  const yearly = indicator('y', 'flow', 'year', [{ region: 'a', points: points([['2023', 48], ['2024', 52]]) }]);
  const rate = indicator('r', 'rate', 'year', [{ region: 'a', points: points([['2024', 7.5]]) }]);

  it('at-least: met at or above the target, missed below', () => {
    // 52 − 50 = 2 → met; 48 − 50 = −2 → missed.
    expect(judgeTarget(yearly, target('y', '2024', 50, 'at-least'))).toMatchObject({ difference: 2, verdict: 'met' });
    expect(judgeTarget(yearly, target('y', '2023', 50, 'at-least'))).toMatchObject({ difference: -2, verdict: 'missed' });
    expect(judgeTarget(yearly, target('y', '2024', 52, 'at-least'))).toMatchObject({ difference: 0, verdict: 'met' });
  });

  it('at-most: met at or below the cap, missed above', () => {
    expect(judgeTarget(yearly, target('y', '2023', 50, 'at-most'))).toMatchObject({ difference: -2, verdict: 'met' });
    expect(judgeTarget(yearly, target('y', '2024', 50, 'at-most'))).toMatchObject({ difference: 2, verdict: 'missed' });
  });

  it('about: the difference only, no verdict', () => {
    expect(judgeTarget(yearly, target('y', '2024', 50, 'about'))).toMatchObject({ difference: 2, verdict: null });
  });

  it("a rate target's difference is in percentage points", () => {
    // 7.5 − 6 = 1.5 points.
    expect(judgeTarget(rate, target('r', '2024', 6, 'at-least'))).toMatchObject({ rate: true, difference: 1.5, verdict: 'met' });
  });

  it('a year with no figure yet is judged as no figure', () => {
    expect(judgeTarget(yearly, target('y', '2026', 50, 'at-least'))).toMatchObject({ actual: null, difference: null, verdict: null });
  });

  it('a year-to-date amount during the year: completion beside the share of the year elapsed, no verdict', () => {
    const ytd = indicator('m', 'flow', 'month', [{ region: 'a', points: points([['2024-02', 120], ['2024-06', 566], ['2024-11', 900]]) }], true);
    // June: 566 / 1000 = 56.6% done, 6 / 12 = 50.0% of the year: 6.6 points ahead.
    const june = judgeTarget({ ...ytd, series: [{ region: 'a', points: points([['2024-02', 120], ['2024-06', 566]]) }] }, target('m', '2024', 1000, 'at-least'));
    expect(june).toMatchObject({ complete: false, verdict: null, actual: { period: '2024-06', value: 566 }, progress: { completion: 56.6, elapsed: 50, difference: 6.6 } });
    // November: 900 / 1000 = 90.0%, 11 / 12 = 91.666… → 91.7%: 1.7 points behind.
    expect(judgeTarget(ytd, target('m', '2024', 1000, 'at-least')).progress).toEqual({ completion: 90, elapsed: 91.7, difference: -1.7 });
  });

  it('a year-to-date amount in December is the year: a verdict', () => {
    const ytd = indicator('m', 'level', 'month', [{ region: 'a', points: points([['2024-06', 500], ['2024-12', 1050]]) }], true);
    // 1050 − 1000 = 50, met; 1050 / 1000 = 105.0% with 100% of the year elapsed.
    expect(judgeTarget(ytd, target('m', '2024', 1000, 'at-least'))).toMatchObject({ complete: true, difference: 50, verdict: 'met', progress: { completion: 105, elapsed: 100, difference: 5 } });
  });

  it('adds up an amount published month by month, and judges nothing when a month is missing', () => {
    const monthly = indicator('m', 'flow', 'month', [{ region: 'a', points: points([['2024-01', 10], ['2024-02', 20], ['2024-03', 30]]) }]);
    // 10 + 20 + 30 = 60 of 240 = 25.0%; 3 / 12 = 25.0%: in step.
    expect(judgeTarget(monthly, target('m', '2024', 240, 'at-least'))).toMatchObject({ actual: { value: 60 }, progress: { completion: 25, elapsed: 25, difference: 0 } });
    const gappy = indicator('m', 'flow', 'month', [{ region: 'a', points: points([['2024-01', 10], ['2024-03', 30]]) }]);
    expect(judgeTarget(gappy, target('m', '2024', 240, 'at-least')).actual).toBeNull();
  });

  it("carries the figure's status into the judgement", () => {
    const approx = indicator('y', 'flow', 'year', [{ region: 'a', points: points([['2024', 52, 'approximate']]) }]);
    expect(judgeTarget(approx, target('y', '2024', 50, 'at-least')).actual).toEqual({ period: '2024', value: 52, status: 'approximate' });
  });
});

describe('rank in the figure model', () => {
  const values = indicator('v', 'level', 'year', [
    { region: 'a', points: points([['2021', 10], ['2022', 30]]) },
    { region: 'b', points: points([['2021', 20], ['2022', 20]]) },
    { region: 'c', points: points([['2021', 30], ['2022', 20]]) },
    { region: 'nation', points: points([['2021', 60], ['2022', 70]]) },
  ]);
  const ds = made([values]);

  it('is offered when three regions besides the aggregate have values, and not on the default dataset', () => {
    expect(indicatorTransforms(values, ds)).toContain('rank');
    expect(indicatorTransforms(sichuan.indicators[0]!, sichuan)).not.toContain('rank');
    // Asked for where it is impossible, the published figure is shown.
    expect(model(sichuan, 'industrial-value-added-growth', { transform: 'rank' }).shown[0]!.transform).toBe('published');
  });

  it('draws rank 1 at the top of an axis of whole places from 1 to the number ranked', () => {
    const m = model(ds, 'v', { transform: 'rank' });
    expect(m.unit.kind).toBe('rank');
    // Places 0–2 give a step of 1 (2 / 4 = 0.5, rounded up to a whole place): 1, 2, 3.
    expect(m.value).toEqual({ scale: 'linear', domain: [1, 3], ticks: [1, 2, 3], reversed: true });
    // 2021: c 30 → 1, b 20 → 2, a 10 → 3. 2022: a 30 → 1, b = c = 20 → 2 and 2.
    expect(m.series.map((s) => [s.region, s.points.map((p) => p.value)])).toEqual([
      ['a', [3, 1]],
      ['b', [2, 2]],
      ['c', [1, 2]],
    ]);
    // a moved from 3rd to 1st: up 2 of 3.
    expect(m.facts?.latest).toEqual({ period: '2022', value: 1, rank: { of: 3, change: 2 } });
  });

  it('labels a long ranking on round places after the first', () => {
    // 30 regions: places 0–29 give a step of 10 (29 / 4 ≈ 7 → 10), ticks 0, 10, 20, 30 → 1, 10, 20, 30.
    const many = indicator(
      'w',
      'level',
      'year',
      Array.from({ length: 30 }, (_, i) => ({ region: `r${i}`, points: points([['2022', i]]) })),
    );
    const regions = Array.from({ length: 30 }, (_, i) => ({ id: `r${i}`, name: `R${i}` }));
    const m = model({ ...made([many]), regions }, 'w', { transform: 'rank' });
    expect(m.value).toEqual({ scale: 'linear', domain: [1, 30], ticks: [1, 10, 20, 30], reversed: true });
    // 31: places 0–30, the same step; ticks 1, 10, 20, 30 and the axis down to the 31st place.
    const more = indicator('w', 'level', 'year', Array.from({ length: 31 }, (_, i) => ({ region: `r${i}`, points: points([['2022', i]]) })));
    const m31 = model({ ...made([more]), regions: Array.from({ length: 31 }, (_, i) => ({ id: `r${i}`, name: `R${i}` })) }, 'w', { transform: 'rank' });
    expect(m31.value).toEqual({ scale: 'linear', domain: [1, 31], ticks: [1, 10, 20, 30], reversed: true });
  });
});

describe('breaks in the figure model', () => {
  const stock = indicator('s', 'stock', 'year', [{ region: 'a', points: points([['2020', 100], ['2021', 110], ['2022', 200], ['2023', 220]]) }]);
  const note = { zh: '统计范围调整', en: 'Coverage changed' };
  const ds = made([stock], { breaks: [{ indicator: 's', period: '2022', note }] });

  it('puts the break on the time axis and does not join the line across it', () => {
    const m = model(ds, 's');
    expect(m.breaks).toEqual([{ t: 2022, indicatorId: 's', break: { indicator: 's', period: '2022', note } }]);
    expect(m.series[0]!.segments.map((run) => run.map((p) => p.period))).toEqual([['2020', '2021'], ['2022', '2023']]);
  });

  it('states no change across the break in the facts, and names the break', () => {
    const across = model(ds, 's', { to: '2022' });
    // 2022 against 2021 crosses the break: no previous change.
    expect(across.facts?.previous).toBeUndefined();
    expect(across.facts?.breaks.map((b) => b.period)).toEqual(['2022']);
    // 2023 against 2022 is on one side: 220 − 200 = 20.
    expect(model(ds, 's').facts?.previous?.change).toBe(20);
  });

  it('stops every comparing transform at the break', () => {
    const at = (m: FigureModel) => m.series[0]!.points.map((p) => p.value);
    expect(at(model(ds, 's', { transform: 'additions' }))).toEqual([null, 10, null, 20]);
    expect(at(model(ds, 's', { transform: 'change' }))).toEqual([null, 10, null, 10]);
    const level = made([{ ...stock, kind: 'level' }], { breaks: [{ indicator: 's', period: '2022', note }] });
    expect(at(model(level, 's', { transform: 'index', base: '2020' }))).toEqual([100, 110, null, null]);
  });

  it('leaves a break outside the range off the axis', () => {
    expect(model(ds, 's', { to: '2021' }).breaks).toEqual([]);
  });
});
