import { describe, expect, it } from 'vitest';
import {
  formatDigits,
  changeSentence,
  compareWording,
  formatDelta,
  formatNumber,
  formatPercentChange,
  formatValue,
  formatValueParts,
} from './format-number';
import { formatDate, formatPeriod, formatPeriodRange, formatPeriodShort } from './format-period';
import { localText, type LocalText } from './lang';
import { MESSAGES } from './messages';

const PERCENT = { zh: '%', en: '%' };
const YUAN_1E8 = { zh: '亿元', en: '100 million yuan' };
const ENTERPRISES = { zh: '户', en: 'enterprises' };
const FACTORIES = { zh: '家', en: 'factories' };
const FREQUENCIES = { zh: '条', en: 'frequencies' };
const PARKS = { zh: '个', en: 'parks' };

describe('localText', () => {
  it('picks the language asked for', () => {
    expect(localText({ zh: '全国', en: 'China' }, 'zh')).toBe('全国');
    expect(localText({ zh: '全国', en: 'China' }, 'en')).toBe('China');
  });

  it('treats a plain string as language-neutral', () => {
    expect(localText('MW', 'zh')).toBe('MW');
    expect(localText('', 'en')).toBe('');
  });

  it('falls back to another non-empty translation, Chinese first', () => {
    expect(localText({ zh: '全国' }, 'en')).toBe('全国');
    expect(localText({ zh: '全国', en: '' }, 'en')).toBe('全国');
    expect(localText({ en: 'China', fr: 'Chine' }, 'zh')).toBe('China');
    expect(localText({ fr: 'Chine' }, 'zh')).toBe('Chine');
    expect(localText({ fr: '', de: 'China' }, 'en')).toBe('China');
  });

  it('is empty only when there is nothing to show', () => {
    expect(localText(undefined, 'zh')).toBe('');
    expect(localText({}, 'zh')).toBe('');
    expect(localText({ zh: '', en: '' }, 'en')).toBe('');
  });

  it('ignores inherited properties', () => {
    const text: LocalText = Object.create({ zh: 'inherited' }) as Record<string, string>;
    expect(localText(text, 'zh')).toBe('');
  });
});

describe('formatNumber', () => {
  it('groups thousands the same way in both languages from five digits', () => {
    expect(formatNumber(12345, 'zh')).toBe('12,345');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(1234567.8, 'zh')).toBe('1,234,567.8');
  });

  it('leaves four-digit numbers ungrouped in Chinese only', () => {
    expect(formatNumber(7610, 'zh')).toBe('7610');
    expect(formatNumber(7610, 'en')).toBe('7,610');
  });

  it('shows up to two decimals, trimmed, when none are given', () => {
    expect(formatNumber(6.5, 'en')).toBe('6.5');
    expect(formatNumber(3.14159, 'zh')).toBe('3.14');
    expect(formatNumber(6.0, 'en')).toBe('6');
    expect(formatNumber(1234.5678, 'en')).toBe('1,234.57');
  });

  it('fixes the decimals when given', () => {
    expect(formatNumber(6, 'zh', 1)).toBe('6.0');
    expect(formatNumber(6.54, 'en', 1)).toBe('6.5');
    expect(formatNumber(15428.2, 'en', 0)).toBe('15,428');
    expect(formatNumber(2.5, 'en', 0)).toBe('3');
    expect(formatNumber(1.8999999999999995, 'zh', 1)).toBe('1.9');
  });

  it('uses a true minus sign for negatives', () => {
    expect(formatNumber(-1.2, 'zh')).toBe('\u22121.2');
    expect(formatNumber(-12345, 'en')).toBe('\u221212,345');
    expect(formatNumber(-2.5, 'en', 0)).toBe('\u22123');
  });

  it('never prints a negative zero', () => {
    expect(formatNumber(-0, 'zh')).toBe('0');
    expect(formatNumber(-0.001, 'en')).toBe('0');
    expect(formatNumber(-0.04, 'en', 1)).toBe('0.0');
    expect(formatNumber(0, 'zh', 0)).toBe('0');
  });

  it('shows a dash for values that are not numbers', () => {
    expect(formatNumber(Number.NaN, 'zh')).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('—');
  });
});

describe('formatValue in Chinese', () => {
  it('attaches units without a space', () => {
    expect(formatValue(6.5, PERCENT, 'zh')).toBe('6.5%');
    expect(formatValue(7, PERCENT, 'zh', 1)).toBe('7.0%');
    expect(formatValue(423, ENTERPRISES, 'zh')).toBe('423户');
    expect(formatValue(3500, { zh: '家', en: 'enterprises' }, 'zh')).toBe('3500家');
    expect(formatValue(7610, FREQUENCIES, 'zh')).toBe('7610条');
  });

  it('restates 10,000 亿元 and more as 万亿元 with four significant digits', () => {
    expect(formatValue(17900, YUAN_1E8, 'zh')).toBe('1.79万亿元');
    expect(formatValue(15428.2, YUAN_1E8, 'zh', 1)).toBe('1.543万亿元');
    expect(formatValue(49344.7, YUAN_1E8, 'zh')).toBe('4.934万亿元');
    expect(formatValue(13400, YUAN_1E8, 'zh')).toBe('1.34万亿元');
  });

  it('keeps 亿元 below 10,000 as given', () => {
    expect(formatValue(4899, YUAN_1E8, 'zh')).toBe('4899亿元');
    expect(formatValue(9999, YUAN_1E8, 'zh')).toBe('9999亿元');
    expect(formatValue(10000, YUAN_1E8, 'zh')).toBe('1万亿元');
    expect(formatValue(0.5, YUAN_1E8, 'zh')).toBe('0.5亿元');
  });

  it('counts in 万 from 10,000 and in 亿 from 10⁸', () => {
    expect(formatValue(9999, ENTERPRISES, 'zh')).toBe('9999户');
    expect(formatValue(10000, ENTERPRISES, 'zh')).toBe('1万户');
    expect(formatValue(50000, ENTERPRISES, 'zh')).toBe('5万户');
    expect(formatValue(430000, ENTERPRISES, 'zh')).toBe('43万户');
    expect(formatValue(13819, ENTERPRISES, 'zh')).toBe('1.382万户');
    expect(formatValue(18044, ENTERPRISES, 'zh')).toBe('1.804万户');
    expect(formatValue(123456789, PARKS, 'zh')).toBe('1.235亿个');
  });

  it('moves up a magnitude when rounding reaches it', () => {
    expect(formatValue(9999.7, ENTERPRISES, 'zh', 0)).toBe('1万户');
    expect(formatValue(99995000, ENTERPRISES, 'zh')).toBe('1亿户');
  });

  it('signs negative values with a true minus', () => {
    expect(formatValue(-50000, ENTERPRISES, 'zh')).toBe('\u22125万户');
    expect(formatValue(-1.2, PERCENT, 'zh', 1)).toBe('\u22121.2%');
  });

  it('shows a lone dash for missing values', () => {
    expect(formatValue(null, ENTERPRISES, 'zh')).toBe('—');
    expect(formatValue(Number.NaN, PERCENT, 'zh')).toBe('—');
  });
});

describe('formatValue in English', () => {
  it('spaces word units but not percent signs', () => {
    expect(formatValue(6.5, PERCENT, 'en')).toBe('6.5%');
    expect(formatValue(423, ENTERPRISES, 'en')).toBe('423 enterprises');
    expect(formatValue(7610, FREQUENCIES, 'en')).toBe('7,610 frequencies');
    expect(formatValue(3, 'MW', 'en')).toBe('3 MW');
    expect(formatValue(3, '', 'en')).toBe('3');
  });

  it('restates 100 million yuan in million, billion or trillion yuan', () => {
    expect(formatValue(17900, YUAN_1E8, 'en')).toBe('1.79 trillion yuan');
    expect(formatValue(15428.2, YUAN_1E8, 'en', 1)).toBe('1.543 trillion yuan');
    expect(formatValue(4899, YUAN_1E8, 'en')).toBe('489.9 billion yuan');
    expect(formatValue(10, YUAN_1E8, 'en')).toBe('1 billion yuan');
    expect(formatValue(5, YUAN_1E8, 'en')).toBe('500 million yuan');
    expect(formatValue(9999.99, YUAN_1E8, 'en')).toBe('1 trillion yuan');
  });

  it('keeps full digits for counts below a million', () => {
    expect(formatValue(50000, ENTERPRISES, 'en')).toBe('50,000 enterprises');
    expect(formatValue(430000, ENTERPRISES, 'en')).toBe('430,000 enterprises');
    expect(formatValue(999999, ENTERPRISES, 'en')).toBe('999,999 enterprises');
    expect(formatValue(1000000, ENTERPRISES, 'en')).toBe('1 million enterprises');
    expect(formatValue(1234567, ENTERPRISES, 'en')).toBe('1.235 million enterprises');
  });

  it('uses the singular for exactly one', () => {
    expect(formatValue(1, ENTERPRISES, 'en')).toBe('1 enterprise');
    expect(formatValue(1, FACTORIES, 'en')).toBe('1 factory');
    expect(formatValue(2, FACTORIES, 'en')).toBe('2 factories');
    expect(formatValue(1, FACTORIES, 'en', 1)).toBe('1.0 factories');
  });

  it('shows a lone dash for missing values', () => {
    expect(formatValue(null, YUAN_1E8, 'en')).toBe('—');
  });
});

describe('formatValueParts', () => {
  it('splits what formatValue joins', () => {
    expect(formatValueParts(17900, YUAN_1E8, 'zh')).toEqual({ number: '1.79', unit: '万亿元', separator: '' });
    expect(formatValueParts(17900, YUAN_1E8, 'en')).toEqual({ number: '1.79', unit: 'trillion yuan', separator: ' ' });
    expect(formatValueParts(6.5, PERCENT, 'en', 1)).toEqual({ number: '6.5', unit: '%', separator: '' });
    expect(formatValueParts(423, ENTERPRISES, 'zh')).toEqual({ number: '423', unit: '户', separator: '' });
    expect(formatValueParts(null, ENTERPRISES, 'en')).toEqual({ number: '—', unit: '', separator: '' });
  });
});

describe('formatDelta', () => {
  it('gives rate changes in percentage points', () => {
    expect(formatDelta(0.6, 'rate', PERCENT, 'zh')).toBe('+0.6个百分点');
    expect(formatDelta(-1.2, 'rate', PERCENT, 'zh')).toBe('\u22121.2个百分点');
    expect(formatDelta(0.6, 'rate', PERCENT, 'en', 1)).toBe('+0.6 pp');
    expect(formatDelta(-1.2, 'rate', PERCENT, 'en')).toBe('\u22121.2 pp');
  });

  it('leaves a zero change unsigned', () => {
    expect(formatDelta(0, 'rate', PERCENT, 'zh')).toBe('0个百分点');
    expect(formatDelta(0, 'rate', PERCENT, 'en')).toBe('0 pp');
    expect(formatDelta(-0.04, 'rate', PERCENT, 'en', 1)).toBe('0.0 pp');
    expect(formatDelta(0, 'other', ENTERPRISES, 'zh')).toBe('0户');
  });

  it('gives other changes in the unit, scaled like values', () => {
    expect(formatDelta(107, 'other', ENTERPRISES, 'zh')).toBe('+107户');
    expect(formatDelta(107, 'other', ENTERPRISES, 'en')).toBe('+107 enterprises');
    expect(formatDelta(-3, 'other', FACTORIES, 'zh')).toBe('\u22123家');
    expect(formatDelta(-3, 'other', FACTORIES, 'en')).toBe('\u22123 factories');
    expect(formatDelta(1, 'other', ENTERPRISES, 'en')).toBe('+1 enterprise');
    expect(formatDelta(380000, 'other', ENTERPRISES, 'zh')).toBe('+38万户');
    expect(formatDelta(380000, 'other', ENTERPRISES, 'en')).toBe('+380,000 enterprises');
    expect(formatDelta(1277.2, 'other', YUAN_1E8, 'zh', 1)).toBe('+1277.2亿元');
    expect(formatDelta(1277.2, 'other', YUAN_1E8, 'en', 1)).toBe('+127.7 billion yuan');
  });

  it('shows a dash for a change that cannot be computed', () => {
    expect(formatDelta(Number.NaN, 'rate', PERCENT, 'zh')).toBe('—');
  });
});

describe('formatPercentChange', () => {
  it('shows a ratio as a signed percentage with one decimal', () => {
    expect(formatPercentChange(0.123, 'zh')).toBe('+12.3%');
    expect(formatPercentChange(-0.04, 'en')).toBe('\u22124.0%');
    expect(formatPercentChange(0, 'en')).toBe('0.0%');
    expect(formatPercentChange(12.5, 'en')).toBe('+1,250.0%');
    expect(formatPercentChange(Number.POSITIVE_INFINITY, 'zh')).toBe('—');
  });
});

describe('compareWording', () => {
  it('says above, below or level in Chinese', () => {
    expect(compareWording(1.9, '全国', 'zh')).toBe('高于全国1.9个百分点');
    expect(compareWording(-0.3, '全国', 'zh')).toBe('低于全国0.3个百分点');
    expect(compareWording(0, '全国', 'zh')).toBe('与全国持平');
  });

  it('says above, below or level in English', () => {
    expect(compareWording(6.6 - 4.7, 'China', 'en')).toBe('1.9 pp above China');
    expect(compareWording(-0.3, 'China', 'en')).toBe('0.3 pp below China');
    expect(compareWording(0, 'China', 'en')).toBe('level with China');
  });

  it('calls a difference level when it rounds to zero at the given decimals', () => {
    expect(compareWording(0.04, '全国', 'zh')).toBe('与全国持平');
    expect(compareWording(-0.04, 'China', 'en')).toBe('level with China');
    expect(compareWording(0.04, 'China', 'en', 2)).toBe('0.04 pp above China');
  });
});

describe('formatPeriod', () => {
  it('formats years', () => {
    expect(formatPeriod('2023', 'zh')).toBe('2023年');
    expect(formatPeriod('2023', 'en')).toBe('2023');
    expect(formatPeriod('2023', 'zh', { cumulative: true })).toBe('2023年');
  });

  it('formats quarters', () => {
    expect(formatPeriod('2023-Q2', 'zh')).toBe('2023年第二季度');
    expect(formatPeriod('2023-Q4', 'zh')).toBe('2023年第四季度');
    expect(formatPeriod('2023-Q2', 'en')).toBe('Q2 2023');
  });

  it('formats months', () => {
    expect(formatPeriod('2023-06', 'zh')).toBe('2023年6月');
    expect(formatPeriod('2023-06', 'en')).toBe('Jun 2023');
    expect(formatPeriod('2023-09', 'en')).toBe('Sep 2023');
  });

  it('formats year-to-date months with the dash of each language', () => {
    expect(formatPeriod('2023-11', 'zh', { cumulative: true })).toBe('2023年1\u201411月');
    expect(formatPeriod('2023-11', 'en', { cumulative: true })).toBe('Jan\u2013Nov 2023');
    expect(formatPeriod('2023-12', 'zh', { cumulative: true })).toBe('2023年1—12月');
    expect(formatPeriod('2023-01', 'zh', { cumulative: true })).toBe('2023年1月');
    expect(formatPeriod('2023-01', 'en', { cumulative: true })).toBe('Jan 2023');
  });

  it('formats year-to-date quarters', () => {
    expect(formatPeriod('2023-Q1', 'zh', { cumulative: true })).toBe('2023年一季度');
    expect(formatPeriod('2023-Q2', 'zh', { cumulative: true })).toBe('2023年上半年');
    expect(formatPeriod('2023-Q3', 'zh', { cumulative: true })).toBe('2023年前三季度');
    expect(formatPeriod('2023-Q4', 'zh', { cumulative: true })).toBe('2023年全年');
    expect(formatPeriod('2023-Q1', 'en', { cumulative: true })).toBe('Q1 2023');
    expect(formatPeriod('2023-Q2', 'en', { cumulative: true })).toBe('H1 2023');
    expect(formatPeriod('2023-Q3', 'en', { cumulative: true })).toBe('Q1–Q3 2023');
    expect(formatPeriod('2023-Q4', 'en', { cumulative: true })).toBe('Full year 2023');
  });

  it('returns unparseable input unchanged', () => {
    expect(formatPeriod('2023-13', 'zh')).toBe('2023-13');
    expect(formatPeriod('2023-Q5', 'en', { cumulative: true })).toBe('2023-Q5');
    expect(formatPeriod('', 'zh')).toBe('');
    expect(formatPeriod('latest', 'en')).toBe('latest');
  });
});

describe('formatPeriodShort', () => {
  it('formats axis ticks', () => {
    expect(formatPeriodShort('2023', 'zh')).toBe('2023');
    expect(formatPeriodShort('2023', 'en')).toBe('2023');
    expect(formatPeriodShort('2023-Q2', 'zh')).toBe('2023Q2');
    expect(formatPeriodShort('2023-Q2', 'en')).toBe('Q2 2023');
    expect(formatPeriodShort('2023-06', 'zh')).toBe('23年6月');
    expect(formatPeriodShort('2023-06', 'en')).toBe("Jun '23");
    expect(formatPeriodShort('2005-01', 'zh')).toBe('05年1月');
    expect(formatPeriodShort('2005-01', 'en')).toBe("Jan '05");
  });

  it('returns unparseable input unchanged', () => {
    expect(formatPeriodShort('2023-1', 'zh')).toBe('2023-1');
  });
});

describe('formatDate', () => {
  it('formats calendar dates without leading zeros', () => {
    expect(formatDate('2026-11-27', 'zh')).toBe('2026年11月27日');
    expect(formatDate('2026-11-27', 'en')).toBe('27 Nov 2026');
    expect(formatDate('2026-01-05', 'zh')).toBe('2026年1月5日');
    expect(formatDate('2026-01-05', 'en')).toBe('5 Jan 2026');
  });

  it('knows leap days', () => {
    expect(formatDate('2024-02-29', 'en')).toBe('29 Feb 2024');
    expect(formatDate('2000-02-29', 'zh')).toBe('2000年2月29日');
    expect(formatDate('2023-02-29', 'en')).toBe('2023-02-29');
    expect(formatDate('1900-02-29', 'zh')).toBe('1900-02-29');
  });

  it('returns anything else unchanged', () => {
    expect(formatDate('2026-13-01', 'zh')).toBe('2026-13-01');
    expect(formatDate('2026-04-31', 'en')).toBe('2026-04-31');
    expect(formatDate('2026-11-27T08:00:00Z', 'en')).toBe('2026-11-27T08:00:00Z');
    expect(formatDate('27/11/2026', 'zh')).toBe('27/11/2026');
  });
});

describe('formatPeriodRange', () => {
  it('writes the year once for a span of years', () => {
    expect(formatPeriodRange('2015', '2025', 'zh')).toBe('2015\u20142025年');
    expect(formatPeriodRange('2015', '2025', 'en')).toBe('2015\u20132025');
  });

  it('joins months across years with a dash', () => {
    expect(formatPeriodRange('2022-03', '2025-12', 'zh')).toBe('2022年3月—2025年12月');
    expect(formatPeriodRange('2022-03', '2025-12', 'en')).toBe('Mar 2022–Dec 2025');
  });

  it('writes a shared year once for months', () => {
    expect(formatPeriodRange('2023-03', '2023-06', 'zh')).toBe('2023年3—6月');
    expect(formatPeriodRange('2023-03', '2023-06', 'en')).toBe('Mar–Jun 2023');
  });

  it('joins quarters in full', () => {
    expect(formatPeriodRange('2022-Q1', '2023-Q2', 'zh')).toBe('2022年第一季度—2023年第二季度');
    expect(formatPeriodRange('2022-Q1', '2023-Q2', 'en')).toBe('Q1 2022–Q2 2023');
  });

  it('is a single period when both ends are the same', () => {
    expect(formatPeriodRange('2023-11', '2023-11', 'zh', { cumulative: true })).toBe('2023年1—11月');
    expect(formatPeriodRange('2023', '2023', 'en')).toBe('2023');
  });

  it('joins year-to-date ends with words, as a dash would be ambiguous', () => {
    expect(formatPeriodRange('2022-03', '2025-12', 'zh', { cumulative: true })).toBe('2022年1—3月至2025年1—12月');
    expect(formatPeriodRange('2022-03', '2025-12', 'en', { cumulative: true })).toBe(
      'Jan–Mar 2022 to Jan–Dec 2025',
    );
    expect(formatPeriodRange('2022-Q3', '2023-Q3', 'en', { cumulative: true })).toBe('Q1–Q3 2022 to Q1–Q3 2023');
  });

  it('joins mixed or unparseable ends as they format', () => {
    expect(formatPeriodRange('2015', '2023-06', 'zh')).toBe('2015年—2023年6月');
    expect(formatPeriodRange('2015', '2023-06', 'en')).toBe('2015–Jun 2023');
    expect(formatPeriodRange('start', '2025', 'en')).toBe('start–2025');
  });
});

describe('changeSentence', () => {
  it('words a change of a rate in percentage points', () => {
    expect(changeSentence(-0.1, 'rate', { zh: '%', en: '%' }, 'zh', '2024年', 1)).toBe('比2024年回落0.1个百分点');
    expect(changeSentence(0.6, 'rate', { zh: '%', en: '%' }, 'en', '2024', 1)).toBe('up 0.6 pp from 2024');
  });
  it('words a change of a count with its unit', () => {
    expect(changeSentence(63, 'other', { zh: '户', en: 'enterprises' }, 'zh', '2023年', 0)).toBe('比2023年增加63户');
    expect(changeSentence(-4, 'other', { zh: '个', en: 'parks' }, 'en', '2022', 0)).toBe('down 4 parks from 2022');
  });
  it('says level when the change rounds to nothing', () => {
    expect(changeSentence(0.01, 'rate', '%', 'zh', '2024年', 1)).toBe('与2024年持平');
    expect(changeSentence(0, 'other', { zh: '户', en: 'enterprises' }, 'en', '2023', 0)).toBe('unchanged from 2023');
  });
});

describe('values at the edge of what a number can hold', () => {
  it('writes 1e308 in scientific notation, not as 309 digits', () => {
    expect(formatValue(1e308, '%', 'en')).toBe('1E308%');
    expect(formatValue(-1e308, '%', 'zh')).toBe('\u22121E308%');
    expect(formatNumber(123_456_789_012_345_680, 'en')).toBe('1.235E17');
  });
  it('shows 1e308 亿元 as written rather than as a gap, where restating it would overflow', () => {
    expect(formatValue(1e308, { zh: '亿元', en: '100 million yuan' }, 'zh')).toBe('1E308亿元');
    expect(formatValue(1e308, { zh: '亿元', en: '100 million yuan' }, 'en')).toBe('1E308 100 million yuan');
  });
});

describe('formatDigits writes digits exactly as Intl.NumberFormat does', () => {
  // A seeded spread of magnitudes, rounding ties written in decimal (1.45, 2.675) and values
  // whose shortest form has an exponent (5e-7); every option set the formatter uses.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const values = [0, 0.5, 1.5, 2.5, 1.45, 1.005, 2.675, 0.045, 0.95, 9.95, 99.95, 9999.995, 99999.5, 12345.675, 5e-7, 9.5e-7, 1e-10, 5e-324, 999999999999999];
  for (let i = 0; i < 4000; i++) {
    const e = Math.floor(random() * 22) - 10;
    values.push(Math.round(random() * 10 ** (e + 3)) / 10 ** Math.floor(random() * 8));
    values.push(Number((random() * 10 ** e).toPrecision(1 + Math.floor(random() * 6))));
    values.push(random() * 10 ** e);
  }
  const options: [number, number][] = [[0, 0], [0, 1], [0, 2], [1, 1], [2, 2], [0, 3], [3, 3], [0, 6], [6, 6]];
  for (const lang of ['zh', 'en'] as const) {
    it(`in ${lang}`, () => {
      for (const [min, max] of options) {
        const intl = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
          numberingSystem: 'latn',
          useGrouping: lang === 'zh' ? 'min2' : 'always',
          minimumFractionDigits: min,
          maximumFractionDigits: max,
        });
        const differ = values.filter((v) => v < 1e15 && formatDigits(v, lang, min, max) !== intl.format(v));
        expect(differ.map((v) => `${v} ${min}-${max}: ${formatDigits(v, lang, min, max)} vs ${intl.format(v)}`)).toEqual([]);
      }
    });
  }
});

describe('a theme’s count of charts and single figures', () => {
  it('names only what the theme has', () => {
    expect(MESSAGES.zh.themeCount(5, 0)).toBe('5幅图表');
    expect(MESSAGES.zh.themeCount(2, 3)).toBe('2幅图表 · 3项数值');
    expect(MESSAGES.en.themeCount(0, 1)).toBe('1 figure');
    expect(MESSAGES.en.themeCount(1, 2)).toBe('1 chart · 2 figures');
  });
});

describe('counts in messages', () => {
  it('group digits as toLocaleString("en-US") does, without loading ICU', () => {
    for (const n of [0, 7, 999, 1000, 1234, 99_999, 100_000, 1_234_567, 2 ** 40]) {
      const grouped = n.toLocaleString('en-US');
      expect(MESSAGES.en.explorer.picker.more(n)).toContain(grouped);
      expect(MESSAGES.zh.explorer.picker.more(n)).toContain(grouped);
    }
  });
});
