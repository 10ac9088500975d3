import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint.mjs';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('fingerprint', () => {
  it('is FNV-1a 32 of the bytes with their length (published test vectors)', () => {
    expect(fingerprint(new Uint8Array())).toBe('fnv1a32:811c9dc5:0');
    expect(fingerprint(bytes('a'))).toBe('fnv1a32:e40c292c:1');
    expect(fingerprint(bytes('foobar'))).toBe('fnv1a32:bf9cf968:6');
  });

  it('reads an ArrayBuffer, a Uint8Array and a view into part of a buffer alike', () => {
    const whole = bytes('xfoobarx');
    expect(fingerprint(whole.buffer.slice(1, 7))).toBe('fnv1a32:bf9cf968:6');
    expect(fingerprint(new DataView(whole.buffer, 1, 6))).toBe('fnv1a32:bf9cf968:6');
  });

  it('changes when one digit of a dataset changes, or when bytes are added', () => {
    const a = fingerprint(bytes('{"value":12.5}'));
    expect(fingerprint(bytes('{"value":12.6}'))).not.toBe(a);
    expect(fingerprint(bytes('{"value":12.5} '))).not.toBe(a);
  });
});
