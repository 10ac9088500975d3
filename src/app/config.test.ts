import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { scenarios } from '../../mocks/scenarios';
import { ConfigError, DEFAULT_CONFIG, loadConfig, resolveDataUrl } from './config';

const BASE = 'https://intranet.example/apps/industry/index.html';
const CONFIG_URL = 'http://localhost/config.json';

describe('config.json', () => {
  it('has the contract defaults', () => {
    expect(DEFAULT_CONFIG).toEqual({
      dataUrl: 'data/sichuan-industry.json',
      allowedDataOrigins: [],
      embedParentOrigins: [],
      dataCredentials: 'same-origin',
      defaultLanguage: 'zh',
      defaultAppearance: 'auto',
    });
  });

  it('absent means the defaults', async () => {
    server.use(scenarios.configStatus(404));
    expect(await loadConfig(CONFIG_URL)).toEqual(DEFAULT_CONFIG);
  });

  it('fills in what a partial file leaves out', async () => {
    server.use(scenarios.config({ defaultLanguage: 'en', embedParentOrigins: ['*'] }));
    expect(await loadConfig(CONFIG_URL)).toMatchObject({ defaultLanguage: 'en', embedParentOrigins: ['*'], dataUrl: 'data/sichuan-industry.json' });
  });

  it('malformed JSON is an error, not the defaults', async () => {
    server.use(scenarios.configText('{ nope'));
    await expect(loadConfig(CONFIG_URL)).rejects.toBeInstanceOf(ConfigError);
  });

  it('a wrong shape names each bad key', async () => {
    server.use(scenarios.config({ allowedDataOrigins: ['not an origin'], dataCredentials: 'always' }));
    const error = await loadConfig(CONFIG_URL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((i) => i.path)).toEqual(['allowedDataOrigins.0', 'dataCredentials']);
  });
});

describe('which dataset may be loaded', () => {
  const config = { ...DEFAULT_CONFIG, allowedDataOrigins: ['https://stats.example'] };

  it('uses dataUrl relative to the page when the address names none', () => {
    expect(resolveDataUrl(undefined, config, BASE)).toEqual({ allowed: true, url: 'https://intranet.example/apps/industry/data/sichuan-industry.json' });
  });

  it('allows the own origin and configured origins', () => {
    expect(resolveDataUrl('other.json', config, BASE)).toMatchObject({ allowed: true, url: 'https://intranet.example/apps/industry/other.json' });
    expect(resolveDataUrl('https://stats.example/api/x.json', config, BASE)).toMatchObject({ allowed: true });
  });

  it('refuses any other origin, and other schemes', () => {
    expect(resolveDataUrl('https://evil.example/x.json', config, BASE)).toMatchObject({ allowed: false, reason: 'origin', origin: 'https://evil.example' });
    expect(resolveDataUrl('https://stats.example.evil.example/x.json', config, BASE)).toMatchObject({ allowed: false });
    expect(resolveDataUrl('javascript:alert(1)', config, BASE)).toMatchObject({ allowed: false, reason: 'scheme' });
    expect(resolveDataUrl('data:application/json,{}', config, BASE)).toMatchObject({ allowed: false, reason: 'scheme' });
  });
});

describe('origins in config.json', () => {
  it('a trailing slash is dropped, so the origin matches what a browser reports', async () => {
    server.use(scenarios.config({ allowedDataOrigins: ['http://127.0.0.1:4331/'], embedParentOrigins: ['https://Portal.Example/', '*'] }));
    const config = await loadConfig(CONFIG_URL);
    expect(config.allowedDataOrigins).toEqual(['http://127.0.0.1:4331']);
    expect(config.embedParentOrigins).toEqual(['https://portal.example', '*']);
    expect(resolveDataUrl('http://127.0.0.1:4331/x.json', config, BASE)).toMatchObject({ allowed: true });
  });

  it('a path, query, fragment or user name is refused, naming the key', async () => {
    const bad = ['https://stats.example/api', 'https://stats.example/?q=1', 'https://stats.example/#x', 'https://user:pw@stats.example', 'https://stats.example//', 'ftp://stats.example'];
    server.use(scenarios.config({ allowedDataOrigins: bad, embedParentOrigins: ['https://portal.example/embed/'] }));
    const error = await loadConfig(CONFIG_URL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((i) => i.path)).toEqual([...bad.map((_, i) => `allowedDataOrigins.${i}`), 'embedParentOrigins.0']);
    expect((error as ConfigError).issues[0]?.message).toMatch(/origin like https:\/\/portal\.example.*no path/);
  });
});
