// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { badCsvCases } from '../mocks/bad-csv';
import { hostileCases } from '../mocks/hostile-datasets';
import { exitCode, problems, readDataset } from './dataset-cli';

// The validator and converter on the project's good, bad and hostile fixtures: in process for
// every case (the same functions the commands run), and as real commands for one of each kind,
// checking exit codes and output.

const dir = mkdtempSync(join(tmpdir(), 'validate-'));
const run = promisify(execFile);

async function cli(script: 'validate' | 'convert', ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('every bad CSV file', () => {
  it.each(badCsvCases)('$name: each problem with its row and rule, and the exit code', async (c) => {
    const path = join(dir, c.fileName);
    writeFileSync(path, c.text);
    const { outcome } = await readDataset(path);
    const found = problems(outcome, 'en');
    for (const message of c.messages) {
      expect(found).toContainEqual(expect.objectContaining({ rule: message.rule, message: message.en, ...(message.row !== undefined ? { row: message.row } : {}) }));
      if (message.detail) expect(found.some((p) => p.rule === message.rule && p.detail.includes(message.detail!))).toBe(true);
    }
    expect(found).toHaveLength(c.messages.length);
    expect(exitCode(outcome, false)).toBe(!c.loads || c.dropped.length > 0 ? 1 : 0);
    expect(problems(outcome, 'zh').map((p) => p.message)).toEqual(c.messages.map((m) => m.zh));
  });
});

describe('every hostile JSON dataset', () => {
  it.each(hostileCases)('$name', async (c) => {
    const path = join(dir, `${c.name.replace(/[^a-z0-9]+/gi, '-')}.json`);
    writeFileSync(path, JSON.stringify(c.dataset()));
    const { outcome } = await readDataset(path);
    expect(outcome.ok).toBe(c.loads);
    if (c.expectIssue) expect(problems(outcome, 'en')).toContainEqual(expect.objectContaining({ path: c.expectIssue.path, rule: c.expectIssue.rule }));
    if (!c.loads) expect(exitCode(outcome, false)).toBe(1);
  });
});

describe('npm run validate', () => {
  it('passes the published dataset and the example files: exit 0', async () => {
    const json = await cli('validate', 'public/data/sichuan-industry.json');
    expect(json).toMatchObject({ code: 0, stdout: 'sichuan-industry.json: 校验通过：32 项指标。\n' });
    const xlsx = await cli('validate', 'mocks/files/example.xlsx', '--lang', 'en');
    expect(xlsx).toMatchObject({ code: 0, stdout: 'example.xlsx: Valid: 2 indicator(s).\n' });
  }, 60_000);

  it('lists each problem with its place, rule and value, in the language asked for: exit 1', async () => {
    const path = join(dir, 'broken.csv');
    writeFileSync(path, 'indicator,region,period,value\nGreen factories,Sichuan,2021,20\nGreen factories,Sichuan,2022,lots\nPower,Sichuan,2021,5\n');
    const en = await cli('validate', path, '--lang=en');
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('dropped [green-factories] row 3 indicators[0].series[0].points[1].value: Value must be a finite number or null (finite-number) — ');
    expect(en.stdout).toContain('"lots"');
    const zh = await cli('validate', path, '--json');
    expect(zh.code).toBe(1);
    const body = JSON.parse(zh.stdout) as { valid: boolean; kept: number; problems: { row: number; rule: string; message: string }[] };
    expect(body).toMatchObject({ valid: false, kept: 1, problems: [{ row: 3, rule: 'finite-number', message: '数值应为有限数字或 null' }] });
  }, 60_000);

  it('says when a file cannot be read: exit 2', async () => {
    const missing = await cli('validate', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('could not be read');
    const fake = join(dir, 'fake.xlsx');
    writeFileSync(fake, 'PK\u0003\u0004 not really a zip');
    const notZip = await cli('validate', fake, '--json');
    expect(notZip.code).toBe(2);
    expect(JSON.parse(notZip.stdout)).toMatchObject({ valid: false, unreadable: expect.stringContaining('could not be unpacked') });
    expect((await cli('validate')).code).toBe(2);
  }, 60_000);
});

describe('npm run convert', () => {
  it('writes the dataset an Excel file holds, and writes nothing for a bad one', async () => {
    const out = join(dir, 'example.json');
    const ok = await cli('convert', 'mocks/files/example.xlsx', out);
    expect(ok.code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { format: string; indicators: { series: { points: { value: number }[] }[] }[] };
    expect(written.format).toBe('indicator-dataset/v1');
    expect(written.indicators[0]!.series[0]!.points.map((p) => p.value)).toEqual([20, 37, 38]);
    // The file written is itself valid.
    expect((await cli('validate', out)).code).toBe(0);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'indicator,region,value\nx,y,1\n');
    const refused = await cli('convert', bad, join(dir, 'never.json'), '--lang', 'en');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('The CSV file lacks a required column (csv-columns) — missing column: period');
    expect(() => readFileSync(join(dir, 'never.json'))).toThrow();
  }, 90_000);
});
