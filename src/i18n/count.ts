/**
 * A whole number with digits grouped in threes (1,000), the same in both languages. Grouped by
 * hand: the first toLocaleString loads ICU's number data (276 ms once, in the profile of a
 * 1,000-region embed); a whole number reads the same either way.
 */
export const count = (n: number): string => (Number.isSafeInteger(n) && n >= 0 ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : n.toLocaleString('en-US'));
