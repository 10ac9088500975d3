import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateLargeDataset } from '../../../mocks/generate-large-dataset';
import { packOutcome, transferablesOf, unpackOutcome, type PackedOutcome } from './pack-outcome';
import { parseDatasetText, type ParseOutcome } from './parse-dataset';

// The worker's outcome, packed into columns and unpacked on the page, must be the very objects
// parseDatasetText gave: toStrictEqual also tells a missing key from one holding undefined.

/** What the page receives: the packed outcome cloned as postMessage would, buffers transferred. */
function handOver(outcome: ParseOutcome): { packed: PackedOutcome; received: ParseOutcome } {
  const packed = packOutcome(outcome);
  const received = unpackOutcome(structuredClone(packed, { transfer: transferablesOf(packed) }));
  return { packed, received };
}

const frame = {
  format: 'indicator-dataset/v1',
  id: 'edge',
  title: { en: 'Edge cases', zh: '边界' },
  updated: '2026-01-01',
  regions: [{ id: 'a', name: 'A' }, { id: 'b', name: { en: 'B' } }],
  themes: [{ id: 't', name: 'T' }],
  sources: [{ id: 's1', kind: 'official', title: 'One' }, { id: 's2', kind: 'derived', title: 'Two' }],
  annotations: [{ period: '2024', label: 'Here', indicator: 'plain' }, { period: 'bad', label: 'Warned' }],
};
const indicator = { theme: 't', name: 'X', unit: '%', kind: 'rate', frequency: 'year' };
const edgeCases = {
  ...frame,
  indicators: [
    {
      ...indicator,
      id: 'plain',
      series: [
        {
          region: 'a',
          // Out of order, a gap, -0, a negative, a status: the fast path of validate.ts.
          points: [
            { period: '2024', value: -0, source: 's1' },
            { period: '2022', value: null, source: null },
            { period: '2023', value: -1.25e-7, source: 's2', status: 'provisional' },
          ],
        },
        { region: 'b', points: [] },
      ],
    },
    {
      ...indicator,
      id: 'noted',
      decimals: 2,
      series: [
        {
          region: 'b',
          // Notes, one as text in several languages (a blank one dropped): the full schema.
          points: [
            { period: '2021', value: 1e300, source: 's1', note: { en: 'Revised', zh: '修订', fr: ' ' } },
            { period: '2022', value: 0, source: null, status: 'derived', note: 'Estimated' },
            { period: '2023', value: null, source: 's2' },
          ],
        },
      ],
    },
    { ...indicator, id: 'dropped', series: [{ region: 'nowhere', points: [{ period: '2024', value: 1, source: 's1' }] }] },
  ],
};

const sichuan = readFileSync('public/data/sichuan-industry.json', 'utf8');
const large = JSON.stringify(generateLargeDataset({ regions: 4, indicators: 6, months: 120, seed: 5 }));
const csv = ['indicator,region,period,value,source,status,note', 'x,a,2023,1.5,,provisional,', 'x,a,2024,,,,Late', 'x,b,2024,2,,,'].join('\n');

describe('packing the parse outcome for the hand-over from the worker', () => {
  it.each([
    ['the default dataset', sichuan, 'sichuan-industry.json', true],
    ['a generated large dataset', large, 'large.json', true],
    ['hand-made edge cases', JSON.stringify(edgeCases), 'edge.json', true],
    ['a CSV file with a status and a note', csv, 'data.csv', true],
    ['a file that is not JSON', '{ "format": ', 'broken.json', false],
    ['a file whose every indicator is dropped', JSON.stringify({ ...edgeCases, indicators: [edgeCases.indicators[2]] }), 'none.json', false],
    ['a file with a broken frame', JSON.stringify({ ...edgeCases, regions: [] }), 'frame.json', false],
  ])('gives back exactly the outcome for %s', (_name, text, fileName, loads) => {
    const outcome = parseDatasetText(text, fileName);
    expect(outcome.ok).toBe(loads);
    expect(handOver(outcome).received).toStrictEqual(outcome);
  });

  it('covers what it claims to: dropped indicators, warnings, nulls, statuses and notes', () => {
    const outcome = parseDatasetText(JSON.stringify(edgeCases), 'edge.json');
    if (!outcome.ok) throw new Error('the edge cases should load');
    expect(outcome.report.dropped.map((d) => d.id)).toEqual(['dropped']);
    expect(outcome.report.warnings).toHaveLength(1);
    const { received } = handOver(outcome);
    const [plain, noted] = received.ok ? received.dataset.indicators : [];
    expect(plain?.series[0]?.points).toStrictEqual([
      { period: '2022', value: null, source: null },
      { period: '2023', value: -1.25e-7, source: 's2', status: 'provisional' },
      { period: '2024', value: 0, source: 's1' },
    ]);
    expect(Object.is(plain?.series[0]?.points[2]?.value, 0)).toBe(true);
    expect(noted?.series[0]?.points[0]).toStrictEqual({ period: '2021', value: 1e300, source: 's1', note: { en: 'Revised', zh: '修订' } });
  });

  it('keeps a key that holds undefined, and adds none', () => {
    const outcome = parseDatasetText(JSON.stringify(edgeCases), 'edge.json');
    if (!outcome.ok) throw new Error('the edge cases should load');
    const point = outcome.dataset.indicators[0]!.series[0]!.points[0]!;
    point.status = undefined;
    const { received } = handOver(outcome);
    if (!received.ok) throw new Error('still loaded');
    const points = received.dataset.indicators[0]!.series[0]!.points;
    expect(Object.keys(points[0]!)).toEqual(['period', 'value', 'source', 'status']);
    expect(Object.keys(points[2]!)).toEqual(['period', 'value', 'source']);
  });

  it('sends no object per point: the points travel as transferable typed arrays', () => {
    const outcome = parseDatasetText(large, 'large.json');
    if (!outcome.ok) throw new Error('the generated dataset should load');
    const pointCount = outcome.dataset.indicators.flatMap((i) => i.series).reduce((n, s) => n + s.points.length, 0);
    const packed = packOutcome(outcome);
    if (!packed.ok) throw new Error('still loaded');

    const objects: object[] = [];
    const walk = (value: unknown) => {
      if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return;
      objects.push(value);
      for (const child of Object.values(value)) walk(child);
    };
    walk(packed);
    // Targets have a period and a value too, but there are a handful, not one per point.
    expect(objects.filter((o) => 'period' in o && 'value' in o && !('comparison' in o))).toEqual([]);
    expect(objects.length).toBeLessThan(pointCount / 10);
    expect(packed.columns.values).toHaveLength(pointCount);
    expect(transferablesOf(packed)).toHaveLength(3);
  });

  it('makes the points of a series when first read, once: the same array on every later read', () => {
    const outcome = parseDatasetText(large, 'large.json');
    const { received } = handOver(outcome);
    if (!outcome.ok || !received.ok) throw new Error('the generated dataset should load');
    const [first, second] = received.dataset.indicators[0]!.series;
    const unread = Object.getOwnPropertyDescriptor(second, 'points');
    expect(unread?.get).toBeTypeOf('function');
    expect(unread?.enumerable).toBe(true);
    const points = first!.points;
    expect(first!.points).toBe(points);
    expect(Object.getOwnPropertyDescriptor(first, 'points')).toMatchObject({ value: points, writable: true, enumerable: true });
    // Reading one series makes no other's points.
    expect(Object.getOwnPropertyDescriptor(second, 'points')?.get).toBeTypeOf('function');
    expect(points).toStrictEqual(outcome.dataset.indicators[0]!.series[0]!.points);
    // Written before it was ever read, it holds what was written.
    second!.points = [];
    expect(second!.points).toEqual([]);
  });
});
