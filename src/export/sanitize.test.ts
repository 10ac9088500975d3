import { describe, expect, it } from 'vitest';
import { CONTROL_TEXT } from '../../mocks/hostile-datasets';
import { csvText, xmlSafe, xmlText } from './sanitize';
import { serializeSvg } from './chart-image';
import { buildCsv } from './csv';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Not a character XML 1.0 allows, a lone surrogate among them. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function svgWith(text: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = text;
  const label = document.createElementNS(SVG_NS, 'text');
  label.textContent = text;
  label.setAttribute('aria-label', text);
  svg.append(title, label);
  return svg;
}

const wellFormed = (xml: string) => new DOMParser().parseFromString(xml, 'image/svg+xml').getElementsByTagName('parsererror').length === 0;

describe('xmlText', () => {
  it('keeps every character XML 1.0 allows, astral ones included', () => {
    const fine = 'tab\there\nline\r中文 😀 \uE000\uFFFD';
    expect(xmlText(fine)).toBe(fine);
  });

  it('replaces controls, lone surrogates and U+FFFE/U+FFFF with U+FFFD, one for one', () => {
    expect(xmlText('a\u0000b\u0008c\u001Fd')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(xmlText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(xmlText('\uFFFE\uFFFF')).toBe('\uFFFD\uFFFD');
    expect(NOT_XML.test(xmlText(CONTROL_TEXT))).toBe(false);
  });

  it('makes every string in options and chart data safe, and nothing else', () => {
    const out = xmlSafe({ name: 'a\u0001', values: [1, null], labels: ['b\uD800'], nested: { t: 'c\u0002' }, flag: true });
    expect(out).toEqual({ name: 'a\uFFFD', values: [1, null], labels: ['b\uFFFD'], nested: { t: 'c\uFFFD' }, flag: true });
  });
});

describe('the SVG export with control characters and lone surrogates', () => {
  it('was not well-formed as XMLSerializer writes it, and is once written by serializeSvg', () => {
    const raw = new XMLSerializer().serializeToString(svgWith(CONTROL_TEXT));
    expect(wellFormed(raw)).toBe(false);
    const written = serializeSvg(svgWith(CONTROL_TEXT));
    expect(wellFormed(written)).toBe(true);
    expect(NOT_XML.test(written)).toBe(false);
    expect(written).toContain('Ctl');
    expect(written).toContain('mid\uFFFDdle\uFFFD end');
  });
});

describe('the CSV export with control characters', () => {
  it('has no NUL or other control byte, keeps tabs and line breaks inside quotes, and still defuses formulas', () => {
    expect(csvText('a\u0000b\tc\nd\u007F\uD800')).toBe('a\uFFFDb\tc\nd\uFFFD\uFFFD');
    const csv = buildCsv([[CONTROL_TEXT, '=1+1', '\u0000=1+1']]);
    // eslint-disable-next-line no-control-regex -- the bytes that must not be there.
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(csv)).toBe(false);
    expect(csv).toContain("'=1+1");
    expect(csv).not.toMatch(/\p{Surrogate}/u);
  });
});
