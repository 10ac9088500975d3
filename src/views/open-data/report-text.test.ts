import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../i18n/messages';
import { parseDatasetText, reportText } from '../../data/load/parse-dataset';

describe('the downloadable validation report', () => {
  const outcome = parseDatasetText('{"format":"indicator-dataset/v1"', 'broken.json');

  it('is headed in the reader’s language', () => {
    const text = reportText(outcome.report, (i) => i.rule, undefined, undefined, MESSAGES.zh.openData.reportWords);
    expect(text).toContain('broken.json（JSON，');
    expect(text).toContain('未通过：');
    expect(text).toContain('保留：0个指标');
    expect(text).not.toMatch(/Refused|Kept|bytes/);
  });

  it('reads as English without words given', () => {
    const text = reportText(outcome.report, (i) => i.rule);
    expect(text).toContain('Refused:');
    expect(text).toContain('Kept: 0 indicator(s)');
  });
});
