import { describe, expect, it, vi } from 'vitest';

// English is a chunk of its own, loaded on first use. vitest.setup.ts loads it for every other
// test; here a fresh copy of the module shows the states before and after.

describe('messages', () => {
  it('has Chinese at once and English only after loadMessages', async () => {
    vi.resetModules();
    const fresh = await import('./messages');
    expect(fresh.messagesLoaded('zh')).toBe(true);
    expect(fresh.MESSAGES.zh.appName).toBe('工业经济指标');
    expect(fresh.messagesLoaded('en')).toBe(false);
    expect(() => fresh.MESSAGES.en).toThrow(/not loaded/);
    await fresh.loadMessages('en');
    expect(fresh.messagesLoaded('en')).toBe(true);
    expect(fresh.MESSAGES.en.appName).toBe('Industrial indicators');
    // The same shape: every key of the Chinese table has its English counterpart.
    expect(Object.keys(fresh.MESSAGES.en).sort()).toEqual(Object.keys(fresh.MESSAGES.zh).sort());
  });
});
