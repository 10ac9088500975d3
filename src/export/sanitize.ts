// Text as each download format may hold it, in one place (issue 14): a dataset is free to name
// things with control characters or broken UTF-16, and an export must still open.
//
// - XML (SVG, and through it PNG; the XML parts of a PowerPoint file): XML 1.0 allows only
//   #x9 #xA #xD [#x20-#xD7FF] [#xE000-#xFFFD] [#x10000-#x10FFFF]. Anything else, a lone
//   surrogate among them, becomes U+FFFD, the replacement character, so the reader sees that
//   something was there.
// - CSV: C0 controls other than tab, line feed and carriage return, DEL and lone surrogates
//   become U+FFFD (a NUL byte ends a cell in many programs); formulas are defused in csv.ts.

const REPLACEMENT = '\uFFFD';
/** With the u flag a lone surrogate is one code point, outside every allowed range. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// eslint-disable-next-line no-control-regex -- control characters are what this removes.
const NOT_CSV = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Surrogate}/gu;

/** Text every XML 1.0 parser accepts. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, REPLACEMENT);
}

/** Text a CSV cell may hold: no NUL or other control bytes, no broken UTF-16. */
export function csvText(text: string): string {
  return text.replace(NOT_CSV, REPLACEMENT);
}

/** The same value with every string in it made XML-safe (the options and data given to pptxgenjs). */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return xmlText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => xmlSafe(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafe(v)])) as T;
  }
  return value;
}
