import { describe, expect, it } from 'vitest';
import { readBack, scanJsonText } from './json-scan';
import { parseDatasetText } from './parse-dataset';
import { cloneDataset } from '../../../mocks/scenarios';
import { MAX_LISTED_ISSUES } from '../dataset/rules';

describe('numbers JSON.parse cannot hold exactly', () => {
  it('flags underflow to zero and integers past 2^53 that change', () => {
    expect(readBack('1e-400')).toBe('0');
    expect(readBack('123456789012345678901234567890')).toBe('1.2345678901234568e+29');
    expect(readBack('9007199254740993')).toBe('9007199254740992');
  });

  it('leaves every number that reads back as written', () => {
    for (const token of ['0', '-0', '0.1', '12.5', '1e308', '1E5', '-3.25e-7', '9007199254740992', '0.30000000000000004', '100000000000000000000', '1.50']) {
      expect(readBack(token), token).toBeNull();
    }
  });
});

describe('scanJsonText', () => {
  it('names the place of each inexact number and repeated key', () => {
    const text = '{"a":[1,{"b":1e-400}],"c":{"d":1,"d":2},"e":123456789012345678901234567890,"f":"1e-400 \\" {"}';
    expect(scanJsonText(text).map(({ path, rule }) => ({ path, rule }))).toEqual([
      { path: 'a[1].b', rule: 'inexact-number' },
      { path: 'e', rule: 'inexact-number' },
      { path: 'c.d', rule: 'duplicate-key' },
    ]);
  });

  it('reads escaped keys as the parser does', () => {
    expect(scanJsonText('{"value":1,"\\u0076alue":2}')).toMatchObject([{ path: 'value', rule: 'duplicate-key' }]);
    expect(scanJsonText('{"zh-Hans":1,"x":{"zh-Hans":2}}')).toEqual([]);
  });

  it('lists at most 10 of each kind and counts the rest', () => {
    const text = `[${Array.from({ length: 5000 }, () => '1e-999').join(',')}]`;
    const issues = scanJsonText(text);
    expect(issues).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(issues.at(-1)).toMatchObject({ rule: 'more-issues', count: 4990 });
  });

  it('is linear: 20 MB in well under a few seconds', () => {
    const text = `[${'{"period":"2020-01","value":12.5,"source":"a"},'.repeat(400_000)}0]`;
    const started = performance.now();
    expect(scanJsonText(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('through the dataset parser', () => {
  it('loads the data and warns with the path of the point', () => {
    const d = cloneDataset();
    const text = JSON.stringify(d).replace('"value":8.1', '"value":1e-400').replace('"id":"seed",', '"id":"seed","id":"seed",');
    const outcome = parseDatasetText(text, 'x.json');
    expect(outcome.ok).toBe(true);
    expect(outcome.report.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'inexact-number', path: expect.stringMatching(/^indicators\[\d+\]\.series\[\d+\]\.points\[\d+\]\.value$/), got: '1e-400', ref: '0' }),
        expect.objectContaining({ rule: 'duplicate-key', path: 'sources[0].id' }),
      ]),
    );
  });

  it('survives a file with hundreds of thousands of them, without passing them as arguments', () => {
    const text = JSON.stringify(cloneDataset()).replace(/^\{/, `{"extra":[${Array.from({ length: 300_000 }, () => '1e-400').join(',')}],`);
    const outcome = parseDatasetText(text, 'x.json');
    expect(outcome.ok).toBe(true);
    expect(outcome.report.warnings.filter((w) => w.rule === 'inexact-number').length).toBeGreaterThan(0);
  });
});
