// Numbers, values with units and changes, worded the way each language writes statistics:
// Chinese counts in 万/亿 (5万户, 1.79万亿元), English in million/billion/trillion.
// Everything that could differ between JavaScript engines (minus sign, magnitude words,
// unit spacing), and the digits themselves (see formatDigits), is built here.

import { localText, type Lang, type LocalText } from './lang';

/** Shown for a missing value, and for values that cannot be shown (NaN, ±∞). */
const MISSING = '—';

/** U+2212: a true minus sign, as wide as the plus sign, where Intl would give a hyphen. */
const MINUS = '\u2212';

/** Fraction digits when the caller gives none: enough for the dataset, without trailing zeros. */
const DEFAULT_DECIMALS = 2;

/** Intl rejects more; dataset decimals are small, so clamping only guards against bad input. */
const MAX_DECIMALS = 20;

/** Significant digits for a value scaled to a magnitude word (1.79万亿元, 489.9 billion yuan): enough to keep four-digit 亿元 figures exact. */
const SCALED_SIGNIFICANT = 4;

/** Units written straight after the number in both languages. */
const ATTACHED_UNITS: ReadonlySet<string> = new Set(['%', '‰']);

interface Magnitude {
  factor: number;
  word: string;
}

/** Ascending. Chinese groups by 10⁴: 万, 亿 (10⁸), 万亿 (10¹²). */
const ZH_MAGNITUDES: readonly Magnitude[] = [
  { factor: 1e4, word: '万' },
  { factor: 1e8, word: '亿' },
  { factor: 1e12, word: '万亿' },
];

/** Ascending. English keeps full digits below a million. */
const EN_MAGNITUDES: readonly Magnitude[] = [
  { factor: 1e6, word: 'million' },
  { factor: 1e9, word: 'billion' },
  { factor: 1e12, word: 'trillion' },
];

/** Unit prefixes that are magnitudes, e.g. 亿元 = 10⁸ yuan; longest first so 万亿 wins over 万. */
const ZH_UNIT_PREFIXES: readonly Magnitude[] = [...ZH_MAGNITUDES].reverse();
const EN_UNIT_PREFIXES: readonly Magnitude[] = [{ factor: 1e8, word: '100 million ' }];

/**
 * Digits of a non-negative number as Intl.NumberFormat writes them for these languages, with
 * Latin digits: `minDecimals` to `maxDecimals` fraction digits, rounded half away from zero on
 * the shortest decimal that reads back as the number (1.45 → 1.5, as Intl does), grouped by
 * thousands (Chinese statistical writing leaves four-digit numbers ungrouped: 7610条; English
 * groups them: 7,610). Written by hand because building the first Intl.NumberFormat loads ICU's
 * number data, tens of milliseconds on the first screen; a unit test holds it to Intl's output.
 */
export function formatDigits(abs: number, lang: Lang, minDecimals: number, maxDecimals: number): string {
  const [whole, fraction] = roundHalfUp(plainDigits(abs), maxDecimals);
  let frac = fraction;
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  frac = frac.padEnd(minDecimals, '0');
  let int = whole.replace(/^0+(?=\d)/, '');
  if (int.length >= (lang === 'zh' ? 5 : 4)) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${int}.${frac}` : int;
}

/** The shortest decimal that reads back as `abs`, written out without an exponent. */
function plainDigits(abs: number): string {
  const s = String(abs);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const dot = s.indexOf('.');
  const mantissa = s.slice(0, e).replace('.', '');
  const point = (dot < 0 ? e : dot) + Number(s.slice(e + 1));
  if (point <= 0) return `0.${'0'.repeat(-point)}${mantissa}`;
  if (point >= mantissa.length) return mantissa + '0'.repeat(point - mantissa.length);
  return `${mantissa.slice(0, point)}.${mantissa.slice(point)}`;
}

/** Integer and fraction digits of a plain decimal rounded half up to `decimals` places. */
function roundHalfUp(digits: string, decimals: number): [string, string] {
  const [int = '0', frac = ''] = digits.split('.');
  if (frac.length <= decimals) return [int, frac];
  const kept = (int + frac.slice(0, decimals)).split('');
  if (frac.charCodeAt(decimals) >= 53 /* '5' */) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') kept[i--] = '0';
    if (i >= 0) kept[i] = String(Number(kept[i]) + 1);
    else kept.unshift('1');
  }
  const joined = kept.join('');
  return [joined.slice(0, joined.length - decimals), joined.slice(joined.length - decimals)];
}

function clampDecimals(decimals: number): number {
  return Math.min(MAX_DECIMALS, Math.max(0, Math.trunc(decimals)));
}

/** Rounds as formatDigits will, so magnitude choices agree with what is displayed. */
function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const [int, frac] = roundHalfUp(plainDigits(Math.abs(value)), decimals);
  const rounded = Number(frac ? `${int}.${frac}` : int);
  return value < 0 ? -rounded : rounded;
}

/** True when a formatted number shows a non-zero digit, i.e. deserves a sign. */
function showsNonZero(formatted: string): boolean {
  return /[1-9]/.test(formatted);
}

/** From here on, full digits are beyond what a reader can take in (1e308 has 309 of them). */
const SCIENTIFIC_FROM = 1e15;

let scientific: Intl.NumberFormat | undefined;

function formatRange(value: number, lang: Lang, minDecimals: number, maxDecimals: number): string {
  if (!Number.isFinite(value)) return MISSING;
  const digits =
    Math.abs(value) >= SCIENTIFIC_FROM
      ? (scientific ??= new Intl.NumberFormat('en-US', { notation: 'scientific', maximumSignificantDigits: 4 })).format(Math.abs(value))
      : formatDigits(Math.abs(value), lang, minDecimals, maxDecimals);
  // Signing the magnitude ourselves avoids a hyphen-minus and keeps −0 and −0.001 (→ 0) unsigned.
  return value < 0 && showsNonZero(digits) ? `${MINUS}${digits}` : digits;
}

/**
 * A plain number: grouped (12,345), `decimals` fixed fraction digits when given, otherwise up to
 * two with trailing zeros dropped; negatives take a true minus sign and −0 prints as 0.
 */
export function formatNumber(value: number, lang: Lang, decimals?: number): string {
  if (decimals === undefined) return formatRange(value, lang, 0, DEFAULT_DECIMALS);
  const fixed = clampDecimals(decimals);
  return formatRange(value, lang, fixed, fixed);
}

/** Fraction digits giving three significant digits, never rounding away integer digits. */
function scaledDecimals(value: number): number {
  const integerDigits = Math.abs(value) < 1 ? 1 : Math.trunc(Math.abs(value)).toString().length;
  return Math.max(0, SCALED_SIGNIFICANT - integerDigits);
}

function formatScaled(value: number, lang: Lang): string {
  return formatRange(value, lang, 0, scaledDecimals(value));
}

function splitUnitPrefix(unit: string, prefixes: readonly Magnitude[]): { base: number; rest: string } {
  const prefix = prefixes.find(({ word }) => unit.startsWith(word));
  return prefix ? { base: prefix.factor, rest: unit.slice(prefix.word.length) } : { base: 1, rest: unit };
}

/** 'enterprises' → 'enterprise' for exactly one; dataset units are regular English plurals. */
function singular(unit: string): string {
  if (unit.endsWith('ies')) return `${unit.slice(0, -3)}y`;
  if (unit.endsWith('s') && !unit.endsWith('ss')) return unit.slice(0, -1);
  return unit;
}

export interface ValueParts {
  number: string;
  unit: string;
  /** What goes between them when shown apart: a space for English words, nothing otherwise. */
  separator: '' | ' ';
}

/**
 * The largest magnitude the displayed value reaches. Each step is decided on the value as it would
 * be shown at the previous step, so 9,999.7 户 at 0 decimals becomes 1万户, never 10,000户.
 */
function pickMagnitude(
  amount: number,
  shownAmount: number,
  magnitudes: readonly Magnitude[],
): { magnitude: Magnitude; scaled: number } | null {
  let picked: { magnitude: Magnitude; scaled: number } | null = null;
  let shown = shownAmount;
  for (const magnitude of magnitudes) {
    if (Math.abs(shown) < magnitude.factor) break;
    const scaled = amount / magnitude.factor;
    picked = { magnitude, scaled };
    shown = roundTo(scaled, scaledDecimals(scaled)) * magnitude.factor;
  }
  return picked;
}

function zhParts(value: number, unit: string, decimals: number | undefined): Omit<ValueParts, 'separator'> {
  const { base, rest } = splitUnitPrefix(unit, ZH_UNIT_PREFIXES);
  // A value so large that restating it in the base unit overflows is shown as written.
  if (!Number.isFinite(value * base)) return { number: formatNumber(value, 'zh', decimals), unit };
  // Only ever scale up: 4899亿元 stays as written, 17900亿元 becomes 1.79万亿元.
  const larger = ZH_MAGNITUDES.filter(({ factor }) => factor > base);
  const shown = roundTo(value, clampDecimals(decimals ?? DEFAULT_DECIMALS)) * base;
  const picked = pickMagnitude(value * base, shown, larger);
  if (!picked) return { number: formatNumber(value, 'zh', decimals), unit };
  return { number: formatScaled(picked.scaled, 'zh'), unit: `${picked.magnitude.word}${rest}` };
}

function enParts(value: number, unit: string, decimals: number | undefined): Omit<ValueParts, 'separator'> {
  const { base, rest } = splitUnitPrefix(unit, EN_UNIT_PREFIXES);
  // '100 million yuan' is not how English counts money: the amount is always restated in yuan.
  const amount = value * base;
  if (!Number.isFinite(amount)) return { number: formatNumber(value, 'en', decimals), unit };
  const shown = base === 1 ? roundTo(value, clampDecimals(decimals ?? DEFAULT_DECIMALS)) : amount;
  const picked = pickMagnitude(amount, shown, EN_MAGNITUDES);
  if (picked) {
    const words = rest === '' ? picked.magnitude.word : `${picked.magnitude.word} ${rest}`;
    return { number: formatScaled(picked.scaled, 'en'), unit: words };
  }
  const number = base === 1 ? formatNumber(value, 'en', decimals) : formatNumber(amount, 'en');
  return { number, unit: number === '1' ? singular(rest) : rest };
}

/**
 * A value split into number and unit, for displays that set the unit smaller; joined by
 * formatValue. Counts and money are scaled to the language's magnitude words; '%' never is.
 */
export function formatValueParts(value: number | null, unit: LocalText, lang: Lang, decimals?: number): ValueParts {
  if (value === null || !Number.isFinite(value)) return { number: MISSING, unit: '', separator: '' };
  const unitText = localText(unit, lang);
  const parts = ATTACHED_UNITS.has(unitText)
    ? { number: formatNumber(value, lang, decimals), unit: unitText }
    : lang === 'zh'
      ? zhParts(value, unitText, decimals)
      : enParts(value, unitText, decimals);
  // Chinese sets units solid (423户); English spaces words but not percent signs.
  const separator = lang === 'zh' || parts.unit === '' || ATTACHED_UNITS.has(parts.unit) ? '' : ' ';
  return { ...parts, separator };
}

function joinParts({ number, unit, separator }: ValueParts): string {
  return `${number}${separator}${unit}`;
}

/** A value with its unit as read in `lang`: 6.5%, 423户, 1.79万亿元 / 423 enterprises, 1.79 trillion yuan. */
export function formatValue(value: number | null, unit: LocalText, lang: Lang, decimals?: number): string {
  return joinParts(formatValueParts(value, unit, lang, decimals));
}

function signed(magnitude: string, negative: boolean): string {
  if (!showsNonZero(magnitude)) return magnitude;
  return `${negative ? MINUS : '+'}${magnitude}`;
}

/**
 * A signed change. Rates change in percentage points (+0.6个百分点 / +0.6 pp), not percent;
 * other kinds carry the unit (+107户 / +107 enterprises). A change that rounds to zero is unsigned.
 */
export function formatDelta(
  delta: number,
  kind: 'rate' | 'other',
  unit: LocalText,
  lang: Lang,
  decimals?: number,
): string {
  if (!Number.isFinite(delta)) return MISSING;
  if (kind === 'rate') {
    const points = signed(formatNumber(Math.abs(delta), lang, decimals), delta < 0);
    return lang === 'zh' ? `${points}个百分点` : `${points} pp`;
  }
  const parts = formatValueParts(Math.abs(delta), unit, lang, decimals);
  return joinParts({ ...parts, number: signed(parts.number, delta < 0) });
}

/** A relative change given as a ratio (0.123 → +12.3%), always with one decimal. */
export function formatPercentChange(ratio: number, lang: Lang): string {
  if (!Number.isFinite(ratio)) return MISSING;
  return `${signed(formatNumber(Math.abs(ratio * 100), lang, 1), ratio < 0)}%`;
}

/**
 * How a rate compares with another region's, e.g. 高于全国1.9个百分点 / 1.9 pp above China.
 * Differences that round to zero at `decimals` read as level, matching the numbers on screen.
 */
export function compareWording(diff: number, otherRegionName: string, lang: Lang, decimals = 1): string {
  if (!Number.isFinite(diff)) return MISSING;
  const points = formatNumber(Math.abs(diff), lang, decimals);
  if (!showsNonZero(points)) {
    return lang === 'zh' ? `与${otherRegionName}持平` : `level with ${otherRegionName}`;
  }
  if (lang === 'zh') return `${diff > 0 ? '高于' : '低于'}${otherRegionName}${points}个百分点`;
  return `${points} pp ${diff > 0 ? 'above' : 'below'} ${otherRegionName}`;
}

/**
 * A change since an earlier period as a phrase that reads naturally: zh `比2024年回落0.1个百分点`,
 * `比2023年增加63户`; en `down 0.1 pp from 2024`, `up 63 enterprises from 2023`.
 */
export function changeSentence(
  delta: number,
  kind: 'rate' | 'other',
  unit: LocalText,
  lang: Lang,
  since: string,
  decimals?: number,
): string {
  const magnitude = formatDelta(Math.abs(delta), kind, unit, lang, decimals).replace(/^\+/, '');
  const zero = magnitude.replace(/[^\d]/g, '').replace(/^0+/, '') === '';
  if (lang === 'zh') {
    if (zero) return `与${since}持平`;
    const verb = kind === 'rate' ? (delta > 0 ? '提高' : '回落') : delta > 0 ? '增加' : '减少';
    return `比${since}${verb}${magnitude}`;
  }
  if (zero) return `unchanged from ${since}`;
  return `${delta > 0 ? 'up' : 'down'} ${magnitude} from ${since}`;
}
