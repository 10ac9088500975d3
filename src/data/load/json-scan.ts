import { capIssues, type ValidationIssue } from '../dataset/rules';

// What JSON.parse changes without a word: a number it cannot hold exactly (`1e-400` becomes 0, a
// 30-digit integer is rounded) and a key written twice in one object (the later value wins).
// One pass over the text, after JSON.parse has accepted it, keeping only the chain of open
// containers: linear in the text and flat in memory, so a 50 MB file costs a fraction of a second.

const MAX_PER_RULE = 10;

type Frame = { array: true; index: number } | { array: false; key: string | null; keys: string[] | Set<string> };

/** Warnings for inexact numbers and duplicate keys, each with its JSON path; at most 10 of each kind listed. */
export function scanJsonText(text: string): ValidationIssue[] {
  const inexact: ValidationIssue[] = [];
  const duplicate: ValidationIssue[] = [];
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  // After a key's string comes its value: the next string in an object is a key only when expected.
  let expectKey = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top && !top.array) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (hasKey(top, key)) {
          const issue = { path: pathOf(stack, key), rule: 'duplicate-key', detail: `Key ${JSON.stringify(key)} appears more than once in this object; the later value is used`, got: JSON.stringify(key) } as const;
          duplicate.push({ ...issue });
        } else addKey(top, key);
        top.key = key;
        expectKey = false;
      }
      i = end + 1;
    } else if (c === 0x7b /* { */) {
      stack.push({ array: false, key: null, keys: [] });
      expectKey = true;
      i += 1;
    } else if (c === 0x5b /* [ */) {
      stack.push({ array: true, index: 0 });
      i += 1;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      i += 1;
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.array) top.index += 1;
      else expectKey = true;
      i += 1;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      // Up to 15 significant digits and no exponent always read back exactly (readBack): most
      // numbers are told so while their characters are passed over, with no string made.
      let j = i + 1;
      let digits = c === 0x2d ? 0 : 1;
      let exponent = false;
      for (; j < n; j += 1) {
        const d = text.charCodeAt(j);
        if (d >= 0x30 && d <= 0x39) {
          if (!exponent) digits += 1;
        } else if (d === 0x65 || d === 0x45) exponent = true;
        else if (d !== 0x2e && d !== 0x2b && d !== 0x2d) break;
      }
      const token = exponent || digits > 15 ? text.slice(i, j) : '';
      const read = token === '' ? null : readBack(token);
      if (read !== null) {
        inexact.push({
          path: pathOf(stack, null),
          rule: 'inexact-number',
          detail: `The file writes ${token} but it is read as ${read}: a number cannot hold it exactly`,
          got: token.length > 80 ? `${token.slice(0, 79)}…` : token,
          ref: read,
        });
      }
      i = j;
    } else i += 1;
  }
  return [...capIssues(inexact, '', MAX_PER_RULE), ...capIssues(duplicate, '', MAX_PER_RULE)];
}

/** Index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0) return text.length;
    let backslashes = 0;
    for (let k = q - 1; text.charCodeAt(k) === 0x5c; k -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return q;
    j = q + 1;
  }
}

function hasKey(frame: Extract<Frame, { array: false }>, key: string): boolean {
  return Array.isArray(frame.keys) ? frame.keys.includes(key) : frame.keys.has(key);
}

function addKey(frame: Extract<Frame, { array: false }>, key: string): void {
  if (Array.isArray(frame.keys)) {
    frame.keys.push(key);
    // A few keys are searched faster in a list; a wide object needs a set to stay linear.
    if (frame.keys.length > 16) frame.keys = new Set(frame.keys);
  } else frame.keys.add(key);
}

/**
 * The number as read, when it differs from the literal: null when the shortest decimal of the
 * double read equals the literal's value. Up to 15 significant digits always survive, so only
 * longer literals and those with an exponent are compared.
 */
export function readBack(token: string): string | null {
  const mantissaEnd = token.search(/[eE]/);
  const mantissa = mantissaEnd < 0 ? token : token.slice(0, mantissaEnd);
  let digits = 0;
  for (let k = 0; k < mantissa.length; k++) {
    const c = mantissa.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) digits += 1;
  }
  if (mantissaEnd < 0 && digits <= 15) return null;
  const value = Number(token);
  if (!Number.isFinite(value)) return null; // the validator names a value that is not finite
  const written = canonical(token);
  const read = String(value);
  return written === canonical(read) ? null : read;
}

/** A decimal as significant digits and the exponent of its first digit: "0.0120" → "12e-2". */
function canonical(text: string): string {
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const all = whole + fraction;
  const first = all.search(/[1-9]/);
  if (first < 0) return '0';
  const significant = all.slice(first).replace(/0+$/, '');
  const power = whole.length - first - 1 + Number(exponent);
  return `${sign}${significant}e${power}`;
}

function pathOf(stack: readonly Frame[], extraKey: string | null): string {
  let path = '';
  for (const frame of stack) {
    if (frame.array) path += `[${frame.index}]`;
    else if (frame.key !== null && frame !== stack[stack.length - 1]) path = withKey(path, frame.key);
    else if (frame.key !== null && extraKey === null) path = withKey(path, frame.key);
  }
  return extraKey === null ? path : withKey(path, extraKey);
}

function withKey(path: string, key: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}
