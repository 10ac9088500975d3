import { describe, expect, it } from 'vitest';
import { chartFileName, deckFileName } from './file-names';

describe('file names', () => {
  it('names a chart export by indicator, transform and dataset date', () => {
    expect(chartFileName('green-factories-added', 'published', '2026-11-27', 'png')).toBe('green-factories-added_published_2026-11-27.png');
    expect(chartFileName('little-giants-total', 'running-total', '2026-11-27', 'csv')).toBe('little-giants-total_running-total_2026-11-27.csv');
  });

  it('names the deck by dataset and date', () => {
    expect(deckFileName('sichuan-industry', '2026-11-27')).toBe('sichuan-industry_2026-11-27.pptx');
  });

  it('keeps characters no file system objects to, whatever the data says', () => {
    expect(chartFileName('../A b/c', 'gap', '2026-11-27', 'svg')).toBe('a-b-c_gap_2026-11-27.svg');
    expect(deckFileName('', '2026-11-27')).toBe('chart_2026-11-27.pptx');
  });
});
