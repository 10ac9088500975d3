import { afterEach, describe, expect, it } from 'vitest';
import { readMeta, RISE_STORAGE_KEY, shouldReveal, takeOverFirstScreen, type FirstScreenMeta, type Situation } from './first-screen';
import { setRisePreference } from './change-colours';

const BASE = 'https://intranet.example/apps/industry/';
const meta: FirstScreenMeta = {
  fingerprint: 'fnv1a32:6d99da7a:61878',
  lang: 'zh',
  appearance: 'light',
  minWidth: 1240,
  data: 'data/sichuan-industry.json',
  rise: 'red',
};
const situation = (over: Partial<Situation> = {}): Situation => ({
  hash: '#/',
  base: BASE,
  width: 1280,
  prefersDark: false,
  risePreference: null,
  config: {},
  fetched: { url: `${BASE}data/sichuan-industry.json`, fingerprint: meta.fingerprint },
  ...over,
});

describe('shouldReveal', () => {
  it('reveals the default overview on the dataset the build drew', () => {
    expect(shouldReveal(meta, situation())).toBe(true);
    expect(shouldReveal(meta, situation({ hash: '' }))).toBe(true);
    expect(shouldReveal(meta, situation({ hash: '#/?lang=zh&appearance=light' }))).toBe(true);
    expect(shouldReveal(meta, situation({ config: { dataUrl: 'data/sichuan-industry.json', defaultLanguage: 'zh' } }))).toBe(true);
    // An invalid value falls back to the default, as the app reads it.
    expect(shouldReveal(meta, situation({ hash: '#/?lang=fr' }))).toBe(true);
  });

  it('never reveals when the fetched dataset differs from the one drawn', () => {
    expect(shouldReveal(meta, situation({ fetched: { url: `${BASE}data/sichuan-industry.json`, fingerprint: 'fnv1a32:6d99da7b:61878' } }))).toBe(false);
    expect(shouldReveal(meta, situation({ fetched: undefined }))).toBe(false);
    expect(shouldReveal(meta, situation({ config: { dataUrl: 'data/other.json' } }))).toBe(false);
    expect(shouldReveal(meta, situation({ hash: '#/?data=data/sichuan-industry.json' }))).toBe(false);
  });

  it('never reveals when config.json could not be read', () => {
    expect(shouldReveal(meta, situation({ config: undefined }))).toBe(false);
    expect(shouldReveal(meta, situation({ config: [] }))).toBe(false);
  });

  it('never reveals another language, appearance or colour of a rise', () => {
    expect(shouldReveal(meta, situation({ hash: '#/?lang=en' }))).toBe(false);
    expect(shouldReveal(meta, situation({ config: { defaultLanguage: 'en' } }))).toBe(false);
    expect(shouldReveal(meta, situation({ hash: '#/?appearance=dark' }))).toBe(false);
    expect(shouldReveal(meta, situation({ prefersDark: true }))).toBe(false);
    expect(shouldReveal(meta, situation({ prefersDark: true, hash: '#/?appearance=light' }))).toBe(true);
    expect(shouldReveal(meta, situation({ config: { defaultAppearance: 'dark' } }))).toBe(false);
    expect(shouldReveal(meta, situation({ risePreference: 'green' }))).toBe(false);
    expect(shouldReveal(meta, situation({ risePreference: 'red' }))).toBe(true);
  });

  it('never reveals another view, other parameters or a narrow window', () => {
    expect(shouldReveal(meta, situation({ hash: '#/indicator/industrial-value-added-growth' }))).toBe(false);
    expect(shouldReveal(meta, situation({ hash: '#/plan' }))).toBe(false);
    expect(shouldReveal(meta, situation({ hash: '#/?regions=china' }))).toBe(false);
    expect(shouldReveal(meta, situation({ width: 1239 }))).toBe(false);
    expect(shouldReveal(meta, situation({ width: 1240 }))).toBe(true);
  });
});

describe('readMeta', () => {
  afterEach(() => document.head.querySelector('meta[name="prerender"]')?.remove());

  it('reads the build meta and refuses a malformed one', () => {
    expect(readMeta(document)).toBeUndefined();
    const el = document.createElement('meta');
    el.name = 'prerender';
    el.content = JSON.stringify(meta);
    document.head.append(el);
    expect(readMeta(document)).toEqual(meta);
    el.content = '{"fingerprint":1}';
    expect(readMeta(document)).toBeUndefined();
    el.content = 'not json';
    expect(readMeta(document)).toBeUndefined();
  });
});

describe('the rise colour setting', () => {
  afterEach(() => setRisePreference('auto'));

  it('is read from the key app/change-colours.ts writes', () => {
    setRisePreference('green');
    expect(window.localStorage.getItem(RISE_STORAGE_KEY)).toBe('green');
  });
});

describe('the takeover', () => {
  afterEach(() => {
    document.body.replaceChildren();
    window.location.hash = '';
  });

  it('gives way at once when the reader leaves the overview before the app has drawn it', async () => {
    window.location.hash = '#/';
    const prerender = document.createElement('div');
    prerender.id = 'prerender';
    const figure = document.createElement('figure');
    figure.setAttribute('data-pre-figure', '0');
    prerender.append(figure);
    const root = document.createElement('div');
    root.id = 'root';
    root.className = 'behind-first-screen';
    document.body.append(prerender, root);

    takeOverFirstScreen(root);
    // The live app renders something that is not yet the overview's figures.
    root.append(document.createElement('main'));
    await Promise.resolve();
    expect(document.getElementById('prerender')).not.toBeNull();

    window.location.hash = '#/plan';
    root.append(document.createElement('section'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.getElementById('prerender')).toBeNull();
    expect(root.classList.contains('behind-first-screen')).toBe(false);
  });
});
