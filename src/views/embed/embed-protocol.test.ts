import { describe, expect, it, vi } from 'vitest';
import { coalesceSetMessages, isAllowedParent, postHeight, readSetMessage, RESIZE, SET } from './embed-protocol';

const parent = { postMessage: vi.fn() } as unknown as Window;
const message = (data: unknown, origin: string, source: unknown = parent) => ({ data, origin, source }) as unknown as MessageEvent;

describe('embed protocol', () => {
  it('allows only listed parent origins, or any with "*"', () => {
    expect(isAllowedParent('https://portal.example', ['https://portal.example'])).toBe(true);
    expect(isAllowedParent('https://evil.example', ['https://portal.example'])).toBe(false);
    expect(isAllowedParent('https://evil.example', ['*'])).toBe(true);
    expect(isAllowedParent(null, ['*'])).toBe(false);
    expect(isAllowedParent('null', ['*'])).toBe(false);
  });

  it('accepts a set message of the documented shape from the allowed parent', () => {
    const m = readSetMessage(message({ type: 'indicator-dashboard:set', lang: 'en', appearance: 'dark' }, 'https://portal.example'), parent, ['https://portal.example']);
    expect(m).toEqual({ type: 'indicator-dashboard:set', lang: 'en', appearance: 'dark' });
  });

  it('ignores other origins, other windows and other shapes', () => {
    const allowed = ['https://portal.example'];
    expect(readSetMessage(message({ type: 'indicator-dashboard:set', lang: 'en' }, 'https://evil.example'), parent, allowed)).toBeNull();
    expect(readSetMessage(message({ type: 'indicator-dashboard:set', lang: 'en' }, 'https://portal.example', {}), parent, allowed)).toBeNull();
    expect(readSetMessage(message({ type: 'indicator-dashboard:set', lang: 'fr' }, 'https://portal.example'), parent, allowed)).toBeNull();
    expect(readSetMessage(message({ type: 'indicator-dashboard:set', lang: 'en', data: 'https://x' }, 'https://portal.example'), parent, allowed)).toBeNull();
    expect(readSetMessage(message('indicator-dashboard:set', 'https://portal.example'), parent, allowed)).toBeNull();
  });

  it('posts the height to the exact parent origin only', () => {
    postHeight(412.3, parent, 'https://portal.example');
    expect(parent.postMessage).toHaveBeenCalledWith({ type: RESIZE, height: 413 }, 'https://portal.example');
  });
});

describe('a flood of set messages', () => {
  it('is applied once per frame, with the latest value of each key', () => {
    const applied: unknown[] = [];
    let run: (() => void) | null = null;
    let scheduled = 0;
    const messages = coalesceSetMessages(
      (changes) => applied.push(changes),
      (fn) => {
        scheduled += 1;
        run = fn;
        return () => {};
      },
    );
    for (let i = 0; i < 1000; i++) messages.push({ type: SET, lang: i % 2 === 0 ? 'zh' : 'en' });
    messages.push({ type: SET, appearance: 'dark' });
    expect(applied).toEqual([]);
    expect(scheduled).toBe(1);
    (run as unknown as () => void)();
    expect(applied).toEqual([{ lang: 'en', appearance: 'dark' }]);
    messages.push({ type: SET, lang: 'zh' });
    expect(scheduled).toBe(2);
  });

  it('applies nothing once cancelled', () => {
    const applied: unknown[] = [];
    let run: () => void = () => {};
    const messages = coalesceSetMessages((c) => applied.push(c), (fn) => {
      run = fn;
      return () => {};
    });
    messages.push({ type: SET, lang: 'en' });
    messages.cancel();
    run();
    expect(applied).toEqual([]);
  });
});
