import { describe, expect, it } from 'vitest';
import { duplicatePoints } from '../../../mocks/hostile-datasets';
import { validateDataset } from './validate';
import { MAX_LISTED_ISSUES } from './rules';
import { parseDatasetText } from '../load/parse-dataset';

// Hostile inputs from issue 14: each must be named by the validator, never crash it.

describe('many broken points in one indicator', () => {
  it('drops only that indicator, lists the first issues and counts the rest', () => {
    const result = validateDataset(duplicatePoints(80_000));
    if (!result.ok) throw new Error('expected the dataset to load');
    expect(result.dataset.indicators).toHaveLength(31);
    expect(result.dropped).toHaveLength(1);
    const [dropped] = result.dropped;
    expect(dropped?.id).toBe('industrial-value-added-growth-ytd');
    expect(dropped?.name).toMatchObject({ zh: '规模以上工业增加值累计增速' });
    expect(dropped?.issues).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(dropped?.issues[0]).toMatchObject({ path: 'indicators[1].series[0].points[1].period', rule: 'duplicate-period' });
    expect(dropped?.issues.at(-1)).toMatchObject({ path: 'indicators[1]', rule: 'more-issues', count: 79_999 - MAX_LISTED_ISSUES, detail: 'and 79,989 more' });
  });

  it('through the file parser as well (Open data), without overflowing the stack', () => {
    const outcome = parseDatasetText(JSON.stringify(duplicatePoints(120_000)), 'many.json');
    expect(outcome.ok).toBe(true);
    expect(outcome.report.dropped.map((d) => d.issues.at(-1)?.count)).toEqual([119_999 - MAX_LISTED_ISSUES]);
  }, 30_000);

  it('a frame with very many faults is refused with a counted list, not a crash', () => {
    const d = duplicatePoints(1);
    d.regions = Array.from({ length: 250_000 }, () => ({ ...d.regions[0]! }));
    const result = validateDataset(d);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.issues).toHaveLength(201);
    expect(result.issues.at(-1)).toMatchObject({ rule: 'more-issues', count: 249_999 - 200 });
  }, 30_000);
});
