#!/usr/bin/env node
// The performance benchmark of issue 8: the app against a tree-shaken ECharts page and a bare
// React floor, in headless Chromium, on the default dataset and on a seeded large one.
// Method, targets and latest figures: docs/performance.md.
//
//   npm run bench [-- --runs 7] [--large-runs 3] [--quick] [--no-build] [--no-profile] [--profile-large]
//                 [--changes 100] [--interactions 4] [--timeout 180000]
//   npm run bench -- --report     (the table again from bench/results.json) [--only first,large-overview,large-indicator,scale,interaction,memory,bytes,profile]
//
// Writes bench/results.json and prints a markdown table. Requests go to localhost only.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { loadGenerator } from './lib/generator.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const DIST = { app: join(ROOT, 'dist-bench'), ref: join(ROOT, 'dist-bench-ref'), yardstick: join(ROOT, 'dist-bench-yardstick'), profile: join(ROOT, 'dist-bench-profile') };
// BENCH_PORT moves the three servers (default 4191–4193), so two checkouts can run side by side.
const PORT_BASE = Number(process.env.BENCH_PORT ?? 4191);
const PORTS = { app: PORT_BASE, ref: PORT_BASE + 1, profile: PORT_BASE + 2 };
const ORIGIN = (port) => `http://localhost:${port}`;
const VIEWPORT = { width: 1280, height: 800 };
const LARGE_FILE = 'data/bench-large.json';
/** The default dataset's indicator for the interaction case there: two regions, several transforms. */
const DEFAULT_INDICATOR = 'industrial-value-added-growth';
/** The indicator of the large dataset used for the one-chart and interaction cases: a stock, so several transforms. */
const LARGE_INDICATOR = 'indicator-02';

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const value = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const quick = flag('quick');
const opts = {
  runs: Number(value('runs', quick ? 1 : 7)),
  // The large cases take tens of seconds to minutes each on two cores: fewer runs by default.
  largeRuns: Number(value('large-runs', quick ? 1 : 3)),
  changes: Number(value('changes', quick ? 10 : 100)),
  interactions: Number(value('interactions', quick ? 2 : 4)),
  build: !flag('no-build'),
  profile: !flag('no-profile'),
  profileLarge: flag('profile-large'),
  timeoutMs: Number(value('timeout', 180_000)),
  only: value('only', 'first,large-overview,large-indicator,scale,interaction,memory,bytes,profile').split(','),
};
const wants = (part) => opts.only.includes(part) && (part !== 'profile' || opts.profile);
if (!Number.isInteger(opts.runs) || opts.runs < 1) fail(`--runs must be a positive integer, got ${value('runs')}`);

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}
const log = (...a) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

// ---------------------------------------------------------------- processes
const children = new Set();

function run(cmd, args, { label = `${cmd} ${args.join(' ')}` } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${label} exited with ${code}:\n${output.slice(-3000)}`))));
  });
}

async function startServer(name, dir, port) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--dir', dir, '--port', String(port)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  child.on('exit', () => children.delete(child));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the ${name} server on port ${port} stopped at once (port taken?):\n${output}`);
    if (output.includes('Serving')) return child;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the ${name} server on port ${port} did not start within 10 s:\n${output}`);
}

function stopChildren() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

// ---------------------------------------------------------------- statistics
const sorted = (xs) => [...xs].sort((a, b) => a - b);
function quantile(xs, q) {
  if (xs.length === 0) return null;
  const s = sorted(xs);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
}
const median = (xs) => quantile(xs, 0.5);
const round = (x, d = 0) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);
const ratio = (a, b) => (a === null || b === null || b === 0 ? null : round(a / b, 2));
function summary(samples) {
  const ok = samples.filter((s) => typeof s === 'number');
  return { median: round(median(ok), 1), min: round(ok.length ? Math.min(...ok) : null, 1), max: round(ok.length ? Math.max(...ok) : null, 1), n: ok.length, failures: samples.length - ok.length };
}

// ---------------------------------------------------------------- browser
const PROBE = await readFile(join(BENCH, 'lib/probe.js'), 'utf8');

async function launch() {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const args = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--enable-precise-memory-info',
    // Nothing but this machine: every other host name fails to resolve.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return chromium.launch({ headless: true, executablePath: existsSync(executablePath) ? executablePath : undefined, args });
}

const offMachine = new Set();

/** A fresh context (cold HTTP cache) with the readiness probe. */
async function newPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ content: PROBE });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The browser cannot resolve other hosts (see launch); any attempt is still worth knowing.
  page.on('request', (r) => {
    if (!/^(http:\/\/localhost:419\d\/|data:|blob:)/.test(r.url())) offMachine.add(r.url());
  });
  return { context, page, errors };
}

/**
 * Opens `url` and waits for the probe's "ready". Returns { ms } or { na } when the page shows an
 * error instead of figures, or { error } on a timeout.
 */
async function measureReady(page, url, errors, timeoutMs = opts.timeoutMs) {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  try {
    const handle = await page.waitForFunction(
      () => {
        const b = window.__bench;
        if (b.readyAt !== null) return { ms: b.readyAt };
        // An error panel must stay for a while: it may be a loading state on its way out.
        if (b.alert) {
          b.alertSince ??= performance.now();
          if (performance.now() - b.alertSince > 2000) return { na: b.alert };
        } else b.alertSince = undefined;
        return null;
      },
      null,
      { timeout: timeoutMs, polling: 50 },
    );
    return await handle.jsonValue();
  } catch (e) {
    const state = await page.evaluate(() => ({ figures: window.__bench.figures, inflight: window.__bench.inflight, alert: window.__bench.alert })).catch(() => null);
    return { error: `not ready within ${timeoutMs} ms at ${url} (${JSON.stringify(state)}; page errors: ${errors.slice(0, 3).join(' | ') || 'none'}; ${String(e).split('\n')[0]})` };
  }
}

// ---------------------------------------------------------------- pages and cases
function pages(largeRegions) {
  const app = ORIGIN(PORTS.app);
  const ref = ORIGIN(PORTS.ref);
  const largeUrl = `${app}/${LARGE_FILE}`;
  return {
    first: {
      app: `${app}/#/`,
      echarts: `${ref}/echarts.html`,
      floor: `${ref}/floor.html`,
    },
    'large-overview': {
      app: `${app}/#/?data=${encodeURIComponent(largeUrl)}`,
      echarts: `${ref}/echarts.html?data=${encodeURIComponent(LARGE_FILE)}`,
    },
    'large-indicator': {
      app: `${app}/#/indicator/${LARGE_INDICATOR}?regions=${largeRegions.join(',')}&data=${encodeURIComponent(largeUrl)}`,
      echarts: `${ref}/echarts.html?data=${encodeURIComponent(LARGE_FILE)}&indicator=${LARGE_INDICATOR}`,
    },
  };
}

/** The same cases, every run, pages alternating and their order rotating from run to run. */
async function timeCases(browser, urls, results) {
  const cases = Object.keys(urls).filter(wants);
  for (let r = 0; r < Math.max(opts.runs, opts.largeRuns); r++) {
    for (const name of cases.filter((c) => r < (c === 'first' ? opts.runs : opts.largeRuns))) {
      const names = Object.keys(urls[name]);
      const order = names.map((_, i) => names[(i + r) % names.length]);
      for (const pageName of order) {
        const { context, page, errors } = await newPage(browser);
        const result = await measureReady(page, urls[name][pageName], errors);
        // First view interactive: the app (taken over) and the ECharts page, once visible.
        if (name === 'first' && pageName !== 'floor') {
          const interactive = result.ms !== undefined ? await measureInteractive(page, pageName) : { error: 'never ready' };
          const entry = (results.cases['first-interactive'] ??= {})[pageName] ??= { url: urls[name][pageName], samples: [], notes: [] };
          entry.samples.push(interactive.ms ?? null);
          if (interactive.error) entry.notes.push(interactive.error);
          log(`run ${r + 1} first-interactive ${pageName}: ${interactive.ms !== undefined ? `${interactive.ms.toFixed(0)} ms` : interactive.error}`);
          // The first view's files are those needed until it is interactive.
          if (pageName === 'app' && interactive.ms !== undefined) results.firstViewFiles ??= await loadedFiles(page, interactive.ms);
        }
        await context.close();
        const entry = (results.cases[name] ??= {})[pageName] ??= { url: urls[name][pageName], samples: [], notes: [] };
        entry.samples.push(result.ms ?? null);
        if (result.na) entry.na = result.na;
        if (result.error) entry.notes.push(result.error);
        log(`run ${r + 1} ${name} ${pageName}: ${result.ms !== undefined ? `${result.ms.toFixed(0)} ms` : (result.na ? `n/a (${result.na})` : result.error)}`);
      }
    }
  }
  for (const c of Object.values(results.cases)) for (const p of Object.values(c)) Object.assign(p, summary(p.samples));
}

/**
 * First view interactive, after the page was ready: for the app, once it has taken over from the
 * prerendered first screen (`dashboard:live`), the first frame where hovering the first chart
 * shows its tooltip, and the keyboard must then read a point of it; for the ECharts page, the
 * first frame where hovering its first chart shows a tooltip. The hover is repeated from the
 * moment the page is ready (ECharts) or live (the app), so both carry the same polling delay.
 */
async function measureInteractive(page, pageName, timeoutMs = 30_000) {
  const app = pageName === 'app';
  try {
    if (app) await page.waitForFunction(() => document.documentElement.dataset.live === 'true', null, { timeout: timeoutMs, polling: 16 });
    await page.evaluate((kind) => window.__benchWatchTooltip(kind), app ? 'app' : 'echarts');
    const chart = page.locator(app ? '#root figure :is(svg.recharts-surface, svg.chart-surface)' : 'figure canvas').first();
    const box = await chart.boundingBox();
    if (!box) return { error: 'no chart to hover' };
    // The first chart may run past the bottom of the window: hover the part that is seen.
    const viewport = page.viewportSize();
    const y = box.y + Math.min(box.height / 2, viewport ? Math.max(8, (viewport.height - box.y) / 2) : box.height / 2);
    const deadline = Date.now() + timeoutMs;
    let at = null;
    for (let i = 0; at === null && Date.now() < deadline; i++) {
      await page.mouse.move(box.x + box.width * (0.45 + 0.1 * (i % 3)), y);
      at = await page.evaluate(() => window.__bench.tooltipAt);
    }
    if (at === null) return { error: `no tooltip within ${timeoutMs} ms of hovering` };
    if (app) {
      await page.mouse.move(0, 0);
      const figure = page.locator('#root figure').filter({ has: page.locator(':is(svg.recharts-surface, svg.chart-surface)') }).first();
      await figure.getByRole('application').focus();
      await page.keyboard.press('End');
      const read = figure.locator('[aria-live="polite"]');
      await read.filter({ hasText: /\S/ }).waitFor({ timeout: 5_000 }).catch(() => undefined);
      if (!(await read.textContent())?.trim()) return { error: 'the keyboard did not read a point' };
    }
    return { ms: at };
  } catch (e) {
    return { error: String(e).split('\n')[0] };
  }
}

/** Scripts and style sheets the page had fully received by the given time. */
async function loadedFiles(page, readyAt) {
  return page.evaluate(
    (t) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.responseEnd <= t && /\.(js|css)$/.test(new URL(e.name).pathname))
        .map((e) => new URL(e.name).pathname),
    readyAt,
  );
}

// ---------------------------------------------------------------- interaction
async function timeInteractions(browser, url, regionName = 'Region 2') {
  const { context, page, errors } = await newPage(browser);
  const samples = { transform: [], region: [], range: [] };
  const notes = [];
  try {
    const ready = await measureReady(page, url, errors);
    if (ready.ms === undefined) return { na: ready.na ?? ready.error, samples };
    const timed = async (act) => {
      await page.evaluate(() => {
        window.__benchPending = window.__benchSettle(null);
      });
      await act();
      return page.evaluate(() => window.__benchPending);
    };
    const select = async (name) => {
      const box = page.getByRole('combobox', { name });
      return (await box.count()) === 1 ? box : null;
    };

    const transform = await select(/^(show|transform)/i);
    if (transform) {
      const values = await transform.evaluate((el) => [...el.options].filter((o) => !o.disabled).map((o) => o.value));
      for (let i = 1; i <= opts.interactions; i++) samples.transform.push(await timed(() => transform.selectOption(values[i % values.length])));
    } else notes.push('transform: no combobox named Show/Transform');

    const region = page.getByRole('checkbox', { name: regionName, exact: true });
    if ((await region.count()) === 1) {
      for (let i = 0; i < opts.interactions; i++) samples.region.push(await timed(() => region.click()));
    } else notes.push(`region: no checkbox named "${regionName}"`);

    const from = await select(/^from/i);
    const to = await select(/^to/i);
    if (from && to) {
      const periods = await from.evaluate((el) => [...el.options].map((o) => o.value).filter(Boolean));
      for (let i = 0; i < opts.interactions; i++) {
        // Alternately narrow to the last ten years and widen again, on both ends.
        const narrow = i % 2 === 0;
        const box = i % 4 < 2 ? from : to;
        // On a short series (the default dataset): the last third.
        const back = (n) => periods[Math.max(0, periods.length - Math.min(n, Math.ceil(periods.length / 3)))];
        const target = box === from ? (narrow ? back(120) : '') : narrow ? back(13) : '';
        samples.range.push(await timed(() => box.selectOption(target)));
      }
    } else notes.push('range: no comboboxes named From and To');
  } catch (e) {
    notes.push(`interaction failed: ${String(e).split('\n')[0]}; page errors: ${errors.slice(0, 3).join(' | ') || 'none'}`);
  } finally {
    await context.close();
  }
  return { samples, notes };
}

// ---------------------------------------------------------------- memory
async function heap(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return page.evaluate(() => performance.memory.usedJSHeapSize);
}

// The heap V8 reports also holds the machine code it compiles as functions grow hot, which keeps
// growing over a hundred re-renders without any object of the page being kept. A heap snapshot
// tells the two apart: its nodes are typed, and `code` (compiled code, bytecode) and `native`
// (the browser's own objects: DOM, style, the probe's performance entries) are set aside here;
// what is left is the page's JavaScript values (objects, closures, strings, numbers, arrays).
const NOT_JS_VALUES = new Set(['code', 'native', 'synthetic', 'hidden']);

async function heapSnapshotBreakdown(cdp) {
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const byType = {};
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]];
    byType[type] = (byType[type] ?? 0) + snapshot.nodes[i + sizeAt];
  }
  const jsValues = Object.entries(byType).reduce((sum, [type, size]) => (NOT_JS_VALUES.has(type) ? sum : sum + size), 0);
  return { jsValues, code: byType.code ?? 0, byType };
}

async function measureMemory(browser, urls) {
  const out = {};
  for (const [name, url] of Object.entries(urls)) {
    const { context, page, errors } = await newPage(browser);
    try {
      const cdp = await context.newCDPSession(page);
      const ready = await measureReady(page, url, errors);
      if (ready.ms === undefined) {
        out[name] = { na: ready.na ?? ready.error };
        continue;
      }
      // Loading includes what the page leaves for idle time (charts near the viewport, tooltips).
      await page.waitForTimeout(2000);
      await page.evaluate(() => new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(resolve)));
      const loaded = await heap(page, cdp);
      out[name] = { afterLoad: loaded };
      if (name !== 'app') continue;
      const snapLoaded = await heapSnapshotBreakdown(cdp);
      // View changes through the address, as a reader's links make them: language and appearance.
      const changeMs = [];
      let afterFirst;
      let snapFirst;
      for (let i = 0; i < opts.changes; i++) {
        const params = `lang=${i % 2 === 0 ? 'en' : 'zh'}&appearance=${i % 4 < 2 ? 'dark' : 'light'}`;
        changeMs.push(await page.evaluate((p) => window.__benchSettle(() => (location.hash = `#/?${p}`)), params));
        if (i === 0) {
          afterFirst = await heap(page, cdp);
          snapFirst = await heapSnapshotBreakdown(cdp);
        }
      }
      const after = await heap(page, cdp);
      const snapAfter = await heapSnapshotBreakdown(cdp);
      Object.assign(out[name], {
        afterFirstChange: afterFirst,
        afterChanges: after,
        changes: opts.changes,
        ratio: ratio(after, loaded),
        ratioToFirstChange: ratio(after, afterFirst),
        snapshot: {
          afterLoad: snapLoaded,
          afterFirstChange: snapFirst,
          afterChanges: snapAfter,
          jsValuesRatio: ratio(snapAfter.jsValues, snapLoaded.jsValues),
          jsValuesRatioToFirstChange: ratio(snapAfter.jsValues, snapFirst.jsValues),
        },
        viewChange: { p50: round(quantile(changeMs, 0.5), 1), p95: round(quantile(changeMs, 0.95), 1) },
      });
    } catch (e) {
      out[name] = { error: `${String(e).split('\n')[0]}; page errors: ${errors.slice(0, 3).join(' | ') || 'none'}` };
    } finally {
      await context.close();
    }
  }
  return out;
}

// ---------------------------------------------------------------- bytes
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath ?? entry.path, entry.name));
  }
  return out;
}

async function measureBytes(firstViewFiles) {
  const sum = async (files) => {
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const buf = await readFile(f);
      raw += buf.length;
      gzip += gz(buf);
    }
    return { raw, gzip, files: files.map((f) => relative(ROOT, f)) };
  };
  const assets = (await filesUnder(join(DIST.app, 'assets'))).filter((f) => /\.(js|css)$/.test(f));
  const first = (firstViewFiles ?? []).map((p) => join(DIST.app, p.replace(/^\//, '')));
  const yard = (await filesUnder(join(DIST.yardstick, 'assets'))).filter((f) => f.endsWith('.js'));
  const result = {
    firstViewJs: await sum(first.filter((f) => f.endsWith('.js'))),
    firstViewCss: await sum(first.filter((f) => f.endsWith('.css'))),
    totalJs: await sum(assets.filter((f) => f.endsWith('.js'))),
    totalCss: await sum(assets.filter((f) => f.endsWith('.css'))),
    yardstickJs: await sum(yard),
  };
  if (!firstViewFiles) result.note = 'first-view files unknown: the app was never ready in the first-view runs';
  return result;
}

// ---------------------------------------------------------------- CPU profile
/** Maps a line of the unminified bundle to the module it came from (`// src/...` markers). */
async function moduleIndex(url) {
  const file = join(DIST.profile, new URL(url).pathname);
  if (!existsSync(file)) return () => new URL(url).pathname;
  const lines = (await readFile(file, 'utf8')).split('\n');
  const marks = [];
  lines.forEach((l, i) => {
    const m = /^\/\/ ((?:src|node_modules|mocks)\/\S+)$/.exec(l);
    if (m) marks.push([i, m[1]]);
  });
  return (line) => {
    let found = '(bundle prelude)';
    for (const [i, name] of marks) {
      if (i > line) break;
      found = name;
    }
    return found;
  };
}

const packageOf = (module) => (module.startsWith('node_modules/') ? module.split('/').slice(0, module.split('/')[1].startsWith('@') ? 3 : 2).join('/') : module);

async function profile(browser, url) {
  const { context, page, errors } = await newPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const ready = await measureReady(page, url, errors);
    const { profile: cpu } = await cdp.send('Profiler.stop');
    if (ready.ms === undefined) return { na: ready.na ?? ready.error };
    const self = new Map();
    cpu.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (cpu.timeDeltas[i] ?? 0) / 1000));
    const indexes = new Map();
    const byFunction = new Map();
    const byModule = new Map();
    for (const node of cpu.nodes) {
      const ms = self.get(node.id) ?? 0;
      if (ms === 0) continue;
      const { functionName, url: src, lineNumber } = node.callFrame;
      let module = src ? new URL(src).pathname : `(${functionName || 'native'})`;
      if (src.startsWith(ORIGIN(PORTS.profile)) && src.endsWith('.js')) {
        if (!indexes.has(src)) indexes.set(src, await moduleIndex(src));
        module = indexes.get(src)(lineNumber);
      }
      const fn = `${functionName || '(anonymous)'} · ${module}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
      const pkg = packageOf(module);
      byModule.set(pkg, (byModule.get(pkg) ?? 0) + ms);
    }
    const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => ({ name, ms: round(ms, 1) }));
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    const name = url.includes('indicator') ? 'large-indicator' : url.includes('data=') ? 'large-overview' : 'first';
    await writeFile(join(BENCH, `profile-${name}.cpuprofile`), JSON.stringify(cpu));
    return { readyMs: round(ready.ms, 1), sampledMs: round(total, 1), topFunctions: top(byFunction, 25), topModules: top(byModule, 20), file: `bench/profile-${name}.cpuprofile` };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- scale cases (issue 14)
// Datasets that once froze the page: one indicator of 1,000 regions, one series of 120,000
// months. Each view is timed to "ready" from navigation start and from the moment the dataset
// had arrived (its response's end); the target is ready within 2 s of the data arriving.
const SCALE_CASES = [
  { name: 'regions-indicator', label: '1,000 regions indicator view ready', file: 'data/bench-regions.json', options: 'LARGE_REGIONS_CASE', path: '#/indicator/indicator-02' },
  { name: 'regions-compare', label: '1,000 regions compare view ready', file: 'data/bench-regions.json', options: 'LARGE_REGIONS_CASE', path: '#/compare?ids=indicator-02' },
  { name: 'regions-embed', label: '1,000 regions embed view ready', file: 'data/bench-regions.json', options: 'LARGE_REGIONS_CASE', path: '#/embed/indicator-02' },
  { name: 'points-indicator', label: '120,000 points indicator view ready', file: 'data/bench-months.json', options: 'LONG_SERIES_CASE', path: '#/indicator/indicator-02' },
];

async function timeScaleCases(browser, results) {
  const generator = await loadGenerator();
  const written = new Set();
  for (const c of SCALE_CASES) {
    if (written.has(c.file)) continue;
    await writeFile(join(DIST.app, c.file), JSON.stringify(generator.generateLargeDataset(generator[c.options])));
    written.add(c.file);
  }
  results.scale = {};
  for (let r = 0; r < opts.largeRuns; r++) {
    for (const c of SCALE_CASES) {
      const dataUrl = `${ORIGIN(PORTS.app)}/${c.file}`;
      const url = `${ORIGIN(PORTS.app)}/${c.path}${c.path.includes('?') ? '&' : '?'}data=${encodeURIComponent(dataUrl)}`;
      const { context, page, errors } = await newPage(browser);
      const result = await measureReady(page, url, errors);
      const arrived = result.ms === undefined ? null : await page.evaluate((u) => performance.getEntriesByName(u)[0]?.responseEnd ?? null, dataUrl);
      await context.close();
      const entry = (results.scale[c.name] ??= { label: c.label, url, samples: [], afterData: [], notes: [] });
      entry.samples.push(result.ms ?? null);
      if (result.ms !== undefined && arrived !== null) entry.afterData.push(round(result.ms - arrived, 1));
      if (result.error || result.na) entry.notes.push(result.error ?? result.na);
      log(`run ${r + 1} ${c.name}: ${result.ms !== undefined ? `${result.ms.toFixed(0)} ms (${arrived === null ? '?' : (result.ms - arrived).toFixed(0)} ms after the data)` : (result.na ?? result.error)}`);
    }
  }
  for (const entry of Object.values(results.scale)) Object.assign(entry, summary(entry.samples), { afterDataMedian: round(median(entry.afterData), 1) });
}

function scaleRows(results) {
  if (!results.scale) return [];
  const f = (x) => fmt(x, results.options.timeoutMs);
  return [
    '',
    '| scale case (issue 14) | app, ms from navigation | ms after the data arrived (target ≤ 2000) |',
    '|---|---|---|',
    ...Object.values(results.scale).map((e) => `| ${e.label} | ${f(e)} | ${e.afterDataMedian === null ? '—' : `${e.afterDataMedian} ${e.afterDataMedian <= 2000 ? '✓' : '✗'}`} |`),
    '',
  ];
}

// ---------------------------------------------------------------- report
function fmt(s, timeoutMs) {
  if (!s) return '—';
  if (s.na) return `n/a (${s.na.slice(0, 60)})`;
  const timedOut = s.notes?.filter((n) => n.startsWith('not ready within')).length ?? 0;
  const late = timedOut ? ` · ${timedOut} of ${s.samples.length} runs not ready in ${timeoutMs / 1000} s` : '';
  if (s.median === null) return timedOut ? `> ${timeoutMs}${late}` : `failed (${s.notes?.[0]?.slice(0, 80) ?? 'no sample'})`;
  return (s.n > 1 ? `${s.median} (${s.min}–${s.max})` : `${s.median}`) + late;
}
const kb = (b) => (b === undefined || b === null ? '—' : `${(b / 1024).toFixed(1)} KB`);
const mb = (b) => (b === undefined || b === null ? '—' : `${(b / 1048576).toFixed(1)} MB`);
const okMark = (r, limit, atLeast = false) => (r === null ? '—' : `${atLeast ? '≥ ' : ''}${r} ${r <= limit ? '✓' : '✗'}`);

function table(results) {
  const c = results.cases;
  const t = results.targets;
  const f = (x) => fmt(x, results.options.timeoutMs);
  const lines = [
    `Runs: ${results.runs} per page, ${results.options.largeRuns} for the large cases (medians, min–max in brackets, ms from navigation start); ${results.machine.cpus}× ${results.machine.cpuModel}, ${results.machine.chromium}, load average ${results.machine.loadAverageAtStart?.[0]} at start and ${results.machine.loadAverageAtEnd?.[0]} at end.`,
    '',
    '| case | app | ECharts | floor | app ÷ ECharts (target: first view ≤ 0.8, large ≤ 1.0) |',
    '|---|---|---|---|---|',
    `| first view ready, default dataset | ${f(c.first?.app)} | ${f(c.first?.echarts)} | ${f(c.first?.floor)} | ${okMark(t.firstViewVsEcharts, 0.8, t.lowerBounds?.includes('first'))} |`,
    `| first view interactive, default dataset (taken over; tooltip and keyboard work) | ${f(c['first-interactive']?.app)} | ${f(c['first-interactive']?.echarts)} | | ${okMark(t.firstInteractiveVsEcharts, 1.0, t.lowerBounds?.includes('first-interactive'))} (target ≤ 1.0) |`,
    `| large overview ready (31 × 40 × 360) | ${f(c['large-overview']?.app)} | ${f(c['large-overview']?.echarts)} | | ${okMark(t.largeOverviewVsEcharts, 1.0, t.lowerBounds?.includes('large-overview'))} |`,
    `| large indicator ready (${LARGE_INDICATOR}, 31 regions) | ${f(c['large-indicator']?.app)} | ${f(c['large-indicator']?.echarts)} | | ${okMark(t.largeIndicatorVsEcharts, 1.0, t.lowerBounds?.includes('large-indicator'))} |`,
    '',
    ...scaleRows(results),
    `First view ÷ floor: ${okMark(t.firstViewVsFloor, 1.5, t.lowerBounds?.includes('first'))} (target ≤ 1.5).`,
    '',
    '| interaction (large indicator view) | p50 ms | p95 ms | samples |',
    '|---|---|---|---|',
  ];
  const interRows = (inter) => {
    if (inter?.na) lines.push(`| all | n/a (${inter.na.slice(0, 80)}) | | |`);
    else for (const k of ['transform', 'region', 'range', 'all']) lines.push(`| ${k} | ${inter?.[k]?.p50 ?? '—'} | ${inter?.[k]?.p95 ?? '—'} | ${inter?.[k]?.n ?? 0} |`);
  };
  interRows(results.interaction);
  lines.push(`Target: p95 < 250 ms: ${okMark(t.interactionP95Ms, 249.9)}.`, '', `| interaction (default dataset, ${DEFAULT_INDICATOR}) | p50 ms | p95 ms | samples |`, '|---|---|---|---|');
  interRows(results.interactionDefault);
  lines.push(`Target: p95 < 100 ms: ${okMark(t.interactionDefaultP95Ms, 99.9)}.`);
  const m = results.memory ?? {};
  lines.push(
    '',
    `| memory, app overview (default dataset, ${m.app?.changes ?? '—'} language/appearance changes; after GC) | after load | after the first change | after all changes | ÷ after load | ÷ after the first change |`,
    '|---|---|---|---|---|---|',
    `| JS heap (usedJSHeapSize) | ${mb(m.app?.afterLoad)} | ${mb(m.app?.afterFirstChange)} | ${mb(m.app?.afterChanges)} | ${m.app?.ratio ?? '—'} | ${m.app?.ratioToFirstChange ?? '—'} |`,
    `| of which compiled code (heap snapshot) | ${mb(m.app?.snapshot?.afterLoad.code)} | ${mb(m.app?.snapshot?.afterFirstChange.code)} | ${mb(m.app?.snapshot?.afterChanges.code)} | | |`,
    `| the page's JS values (heap snapshot: objects, closures, strings, numbers, arrays) | ${mb(m.app?.snapshot?.afterLoad.jsValues)} | ${mb(m.app?.snapshot?.afterFirstChange.jsValues)} | ${mb(m.app?.snapshot?.afterChanges.jsValues)} | ${m.app?.snapshot?.jsValuesRatio ?? '—'} | ${m.app?.snapshot?.jsValuesRatioToFirstChange ?? '—'} |`,
    '',
    `JS heap after load: ECharts page ${mb(m.echarts?.afterLoad)}, floor page ${mb(m.floor?.afterLoad)}.`,
  );
  if (m.app?.viewChange) lines.push('', `View change through the address (overview): p50 ${m.app.viewChange.p50} ms, p95 ${m.app.viewChange.p95} ms.`);
  const b = results.bytes;
  if (b) {
    lines.push(
      '',
      '| bytes (gzip -9) | size |',
      '|---|---|',
      `| first-view JS (${b.firstViewJs.files.length} files) | ${kb(b.firstViewJs.gzip)} |`,
      `| first-view CSS | ${kb(b.firstViewCss.gzip)} |`,
      `| all JS in dist-bench/assets | ${kb(b.totalJs.gzip)} |`,
      `| all CSS in dist-bench/assets | ${kb(b.totalCss.gzip)} |`,
      `| yardstick: React + ReactDOM + Recharts alone | ${kb(b.yardstickJs.gzip)} |`,
      `| first-view JS ÷ yardstick (target ≤ 1.15) | ${okMark(t.firstViewJsVsYardstick, 1.15)} |`,
    );
  }
  return lines.join('\n');
}

/** The target ratios and the table, from the samples (also for `--report`). */
function conclude(results) {
  const c = results.cases;
  const lowerBounds = [];
  // A page never ready counts as the timeout: the ratio is then a lower bound.
  const med = (k, p) => {
    const entry = c[k]?.[p];
    if (!entry || entry.na) return null;
    if (entry.median !== null) return entry.median;
    lowerBounds.push(k);
    return results.options.timeoutMs;
  };
  results.targets = {
    firstViewVsEcharts: ratio(med('first', 'app'), med('first', 'echarts')),
    firstViewVsFloor: ratio(med('first', 'app'), med('first', 'floor')),
    firstInteractiveVsEcharts: ratio(med('first-interactive', 'app'), med('first-interactive', 'echarts')),
    largeOverviewVsEcharts: ratio(med('large-overview', 'app'), med('large-overview', 'echarts')),
    largeIndicatorVsEcharts: ratio(med('large-indicator', 'app'), med('large-indicator', 'echarts')),
    interactionP95Ms: results.interaction?.all?.p95 ?? null,
    interactionDefaultP95Ms: results.interactionDefault?.all?.p95 ?? null,
    heapRatio: results.memory?.app?.ratio ?? null,
    heapRatioToFirstChange: results.memory?.app?.ratioToFirstChange ?? null,
    jsValuesRatio: results.memory?.app?.snapshot?.jsValuesRatio ?? null,
    firstViewJsVsYardstick: results.bytes?.firstViewJs.files.length ? ratio(results.bytes.firstViewJs.gzip, results.bytes.yardstickJs.gzip) : null,
    lowerBounds,
  };
  results.table = table(results);
}

// ---------------------------------------------------------------- main
async function main() {
  const started = Date.now();
  const results = {
    date: new Date().toISOString(),
    command: `node bench/run.mjs ${argv.join(' ')}`.trim(),
    runs: opts.runs,
    options: opts,
    machine: {
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
      viewport: VIEWPORT,
    },
    cases: {},
  };

  if (opts.build) {
    log('building the app into dist-bench/ …');
    await run('npx', ['vite', 'build', '--outDir', 'dist-bench', '--emptyOutDir', '--logLevel', 'warn']);
    // The prerendered first screen, as `npm run build` makes it.
    await run('node', ['scripts/prerender.mjs', '--dir', 'dist-bench']);
    log('building the reference pages into dist-bench-ref/ and dist-bench-yardstick/ …');
    await run('npx', ['vite', 'build', '--config', 'bench/vite.config.ts', '--logLevel', 'warn']);
    await run('npx', ['vite', 'build', '--config', 'bench/vite.config.ts', '--mode', 'yardstick', '--logLevel', 'warn']);
    if (wants('profile')) {
      log('building an unminified copy for the CPU profile into dist-bench-profile/ …');
      await run('npx', ['vite', 'build', '--outDir', 'dist-bench-profile', '--emptyOutDir', '--minify', 'false', '--logLevel', 'warn']);
      await run('node', ['scripts/prerender.mjs', '--dir', 'dist-bench-profile']);
    }
  }
  for (const [name, dir] of Object.entries(DIST)) {
    if (name === 'profile' && !wants('profile')) continue;
    if (!existsSync(join(dir, 'index.html')) && !existsSync(join(dir, 'echarts.html')) && !existsSync(join(dir, 'yardstick.html'))) {
      throw new Error(`${relative(ROOT, dir)}/ is missing: run without --no-build`);
    }
  }

  const { generateLargeDataset, LARGE_DATASET_DEFAULTS } = await loadGenerator();
  const large = generateLargeDataset(LARGE_DATASET_DEFAULTS);
  const largeJson = JSON.stringify(large);
  for (const dir of [DIST.app, DIST.ref, DIST.profile]) {
    if (!existsSync(dir)) continue;
    await mkdir(join(dir, dirname(LARGE_FILE)), { recursive: true });
    await writeFile(join(dir, LARGE_FILE), largeJson);
  }
  results.largeDataset = { ...LARGE_DATASET_DEFAULTS, bytes: largeJson.length, points: large.indicators.reduce((n, i) => n + i.series.reduce((m, s) => m + s.points.length, 0), 0) };
  log(`large dataset: ${(largeJson.length / 1e6).toFixed(1)} MB, ${results.largeDataset.points} points`);

  await startServer('app', DIST.app, PORTS.app);
  await startServer('reference', DIST.ref, PORTS.ref);
  if (wants('profile')) await startServer('profile', DIST.profile, PORTS.profile);

  const browser = await launch();
  results.machine.chromium = `Chromium ${browser.version()}`;
  try {
    const urls = pages(large.regions.map((r) => r.id));
    await timeCases(browser, urls, results);
    if (wants('scale')) await timeScaleCases(browser, results);

    if (wants('interaction')) {
      log('interaction …');
      const all = { transform: [], region: [], range: [] };
      const notes = new Set();
      let na = null;
      for (let r = 0; r < opts.largeRuns; r++) {
        // In English, so controls are found by their English names.
        const out = await timeInteractions(browser, urls['large-indicator'].app.replace('?', '?lang=en&'));
        if (out.na) {
          na = out.na;
          break;
        }
        for (const k of Object.keys(all)) all[k].push(...out.samples[k]);
        for (const n of out.notes) notes.add(n);
      }
      const stat = (xs) => ({ p50: round(quantile(xs, 0.5), 1), p95: round(quantile(xs, 0.95), 1), n: xs.length, samples: xs.map((x) => round(x, 1)) });
      results.interaction = na ? { na } : { transform: stat(all.transform), region: stat(all.region), range: stat(all.range), all: stat(Object.values(all).flat()), notes: [...notes] };

      // The same on the default dataset: its yearly growth rate, Sichuan beside China.
      const small = { transform: [], region: [], range: [] };
      const smallNotes = new Set();
      let smallNa = null;
      for (let r = 0; r < opts.largeRuns; r++) {
        const out = await timeInteractions(browser, `${ORIGIN(PORTS.app)}/#/indicator/${DEFAULT_INDICATOR}?lang=en`, 'China');
        if (out.na) {
          smallNa = out.na;
          break;
        }
        for (const k of Object.keys(small)) small[k].push(...out.samples[k]);
        for (const n of out.notes) smallNotes.add(n);
      }
      results.interactionDefault = smallNa
        ? { na: smallNa }
        : { transform: stat(small.transform), region: stat(small.region), range: stat(small.range), all: stat(Object.values(small).flat()), notes: [...smallNotes] };
    }

    if (wants('memory')) {
      log('memory …');
      results.memory = await measureMemory(browser, urls.first);
    }

    if (wants('profile')) {
      log('CPU profiles (unminified build) …');
      const p = ORIGIN(PORTS.profile);
      const largeUrl = `${p}/${LARGE_FILE}`;
      results.profiles = { first: await profile(browser, `${p}/#/`) };
      if (opts.profileLarge) results.profiles['large-overview'] = await profile(browser, `${p}/#/?data=${encodeURIComponent(largeUrl)}`);
      results.profiles['large-indicator'] = await profile(browser, `${p}/#/indicator/${LARGE_INDICATOR}?data=${encodeURIComponent(largeUrl)}`);
    }
  } finally {
    await browser.close();
  }

  if (wants('bytes')) results.bytes = await measureBytes(results.firstViewFiles);

  results.requestsOffMachine = [...offMachine];
  results.machine.loadAverageAtEnd = os.loadavg().map((x) => round(x, 2));
  results.durationS = round((Date.now() - started) / 1000, 1);
  conclude(results);

  const out = join(BENCH, 'results.json');
  await writeFile(`${out}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
  await rename(`${out}.tmp`, out);
  console.log(`\n${results.table}\n`);
  if (results.profiles) {
    for (const [name, p] of Object.entries(results.profiles)) {
      if (p.na) continue;
      console.log(`CPU profile, ${name} (ready ${p.readyMs} ms, ${p.sampledMs} ms sampled): top modules by self time`);
      for (const m of p.topModules.slice(0, 10)) console.log(`  ${String(m.ms).padStart(8)} ms  ${m.name}`);
    }
  }
  log(`wrote ${relative(ROOT, out)} in ${results.durationS} s`);
}

async function report() {
  const out = join(BENCH, 'results.json');
  const results = JSON.parse(await readFile(out, 'utf8'));
  conclude(results);
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(results.table);
}

(flag('report') ? report() : main())
  .catch((e) => {
    console.error(`bench: ${e.stack ?? e}`);
    process.exitCode = 1;
  })
  .finally(stopChildren);
