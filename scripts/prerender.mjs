#!/usr/bin/env node
// Draws the first screen at build time, so a reader sees it before the app's JavaScript has run
// (docs/performance.md, "The prerendered first screen"). Run after `vite build`:
//   node scripts/prerender.mjs [--dir dist]
// It serves the build (scripts/serve.mjs, the strict CSP), opens the overview of the default
// dataset in headless Chromium at 1280 × 800, light, Chinese, waits until every figure in the
// viewport is drawn and the page is quiet, and copies #root's HTML into index.html as
//   <div id="prerender" hidden aria-hidden="true" inert>…</div>   (beside #root)
//   <meta name="prerender" content='{"fingerprint":…,"lang":"zh","appearance":"light","minWidth":1240,"data":…}'>
// The CSP forbids style attributes: each becomes a generated class in assets/prerender-<hash>.css.
// Ids get a `pre-` prefix (and every reference to them follows), so the live app's ids stay
// unique; lazy boxes outside the viewport are emptied (their size kept). The entry
// (src/app/first-screen.ts) reveals it only when the fetched dataset has the same fingerprint.
// Without Chromium it warns and leaves the build as it is: the app then renders as before.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, unlink, writeFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint } from './fingerprint.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const dir = resolve(opt('dir', 'dist'));
const WIDTH = 1280;
const HEIGHT = 800;
/** The page's content is at most 1240 px wide (.page, .app-header-inner): any window at least that wide lays it out alike. */
const MIN_WIDTH = 1240;
const START = '<!--prerender-->';
const END = '<!--/prerender-->';
const log = (message) => console.log(`prerender: ${message}`);

function warn(message) {
  console.warn(`prerender: ${message} — the build is left without a prerendered first screen.`);
}

async function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** index.html without an earlier run's insertions (a second run on the same build starts over). */
function withoutPrerender(html) {
  return html.replace(new RegExp(`${START}[\\s\\S]*?${END}\\n?`, 'g'), '');
}

async function main() {
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: run vite build first`);
  const original = withoutPrerender(await readFile(indexFile, 'utf8'));
  await writeFile(indexFile, original);
  for (const name of await readdir(join(dir, 'assets')).catch(() => [])) {
    if (/^prerender-.*\.css$/.test(name)) await unlink(join(dir, 'assets', name));
  }

  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return warn(`no Chromium at ${executablePath}`);
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return warn('playwright-core is not installed');
  }

  const port = await freePort();
  const serveScript = fileURLToPath(new URL('./serve.mjs', import.meta.url));
  const server = spawn(process.execPath, [serveScript, '--dir', dir, '--port', String(port), '--base', '/'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ok, fail) => {
    server.stdout.once('data', ok);
    server.once('exit', (code) => fail(new Error(`the static server stopped (${code})`)));
  });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run'] });
  } catch (error) {
    server.kill();
    return warn(`Chromium did not start (${error instanceof Error ? error.message.split('\n')[0] : error})`);
  }
  try {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, colorScheme: 'light', locale: 'zh-CN', reducedMotion: 'no-preference' });
    const page = await context.newPage();
    const origin = `http://localhost:${port}/`;
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    // What the page fetched as its dataset: the JSON answered for a request the app made for data.
    const bodies = new Map();
    page.on('response', async (response) => {
      const url = response.url();
      if (url.startsWith(origin) && url.endsWith('.json') && !url.endsWith('/config.json') && response.ok()) {
        bodies.set(url, response.body());
      }
    });
    await page.goto(`${origin}#/`);
    await page.waitForFunction(
      () => {
        const inViewport = (el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
        };
        const drawn = (f) => [...f.querySelectorAll('svg.recharts-surface path, svg.chart-surface path')].some((p) => (p.getAttribute('d') ?? '').length > 1);
        const figures = [...document.querySelectorAll('#root figure')].filter(inViewport);
        return figures.length > 0 && figures.every(drawn) && document.documentElement.dataset.appearance === 'light';
      },
      undefined,
      { timeout: 60_000, polling: 100 },
    );
    // Quiet: no DOM change for 600 ms (Recharts settles over a few renders; idle work near the
    // viewport comes and goes), and the fonts loaded.
    await page.evaluate(
      () =>
        new Promise((ok) => {
          let last = performance.now();
          const observer = new MutationObserver(() => (last = performance.now()));
          observer.observe(document.getElementById('root'), { subtree: true, childList: true, attributes: true, characterData: true });
          const check = () => {
            if (performance.now() - last >= 600) {
              observer.disconnect();
              void document.fonts.ready.then(ok);
            } else setTimeout(check, 100);
          };
          setTimeout(check, 100);
        }),
    );
    if (problems.length) throw new Error(`the page reported errors:\n${problems.join('\n')}`);

    const snapshot = await page.evaluate(snapshotRoot);
    const dataUrl = snapshot.dataUrls.find((u) => bodies.has(u));
    if (!dataUrl) throw new Error('could not tell which dataset the page drew');
    const bytes = await bodies.get(dataUrl);
    const meta = {
      fingerprint: fingerprint(bytes),
      lang: snapshot.lang,
      appearance: snapshot.appearance,
      minWidth: MIN_WIDTH,
      data: dataUrl.slice(origin.length),
      rise: snapshot.rise,
    };
    if (meta.lang !== 'zh' || meta.appearance !== 'light') throw new Error(`drew ${meta.lang}/${meta.appearance}, not zh/light`);
    const onDisk = join(dir, meta.data);
    if (!existsSync(onDisk) || fingerprint(await readFile(onDisk)) !== meta.fingerprint) throw new Error(`${meta.data} in the build is not the dataset the page drew`);

    const css = `/* Generated by scripts/prerender.mjs: the style attributes of the prerendered first screen. */\n${snapshot.rules.join('\n')}\n`;
    const cssName = `assets/prerender-${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`;
    await writeFile(join(dir, cssName), css);

    // Style sheets the page had loaded (the app's chunk CSS) are linked from the start, so the
    // prerender is styled before any script runs.
    const sheets = snapshot.sheets.filter((href) => href.startsWith(origin)).map((href) => `./${href.slice(origin.length)}`);
    const links = [...sheets.filter((href) => !original.includes(`href="${href}"`)), `./${cssName}`].map((href) => `<link rel="stylesheet" href="${href}">`);
    const metaJson = JSON.stringify(meta).replace(/'/g, '\\u0027').replace(/&/g, '\\u0026').replace(/</g, '\\u003c');
    const head = `${START}<meta name="prerender" content='${metaJson}'>${links.join('')}${END}\n`;
    const body = `${START}<div id="prerender" hidden aria-hidden="true" inert>${snapshot.html}</div>${END}\n`;
    if (!original.includes('<div id="root">')) throw new Error('index.html has no <div id="root">');
    // The meta comes before the entry's script, which is async and may run before </head> is parsed.
    const entry = /<script type="module"/;
    if (!entry.test(original)) throw new Error('index.html has no module script');
    const html = original.replace(entry, (tag) => `${head}    ${tag}`).replace('<div id="root">', `${body}    <div id="root">`);
    if (/<script(?![^>]*\bsrc=)/i.test(snapshot.html) || /\sstyle=/i.test(snapshot.html)) throw new Error('the snapshot still holds a style attribute or an inline script');
    await writeFile(indexFile, html);
    log(
      `drew #/ (${meta.data}, ${meta.fingerprint}) with ${snapshot.figures} figure(s) in view; ${Math.round(snapshot.html.length / 1024)} KB of HTML, ${snapshot.rules.length} style class(es) in ${cssName}`,
    );
  } finally {
    await browser.close();
    server.kill();
  }
}

/** Runs in the page: a copy of #root, made fit to be served under the strict CSP. */
function snapshotRoot() {
  const root = document.getElementById('root');
  const inViewport = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  };
  const live = [...root.querySelectorAll('*')];
  const copy = root.cloneNode(true);
  const copies = [...copy.querySelectorAll('*')];
  // Which live element each copy is, for layout questions (the copy is not laid out).
  const liveOf = new Map(copies.map((c, i) => [c, live[i]]));

  // The figures drawn in the viewport, by their index among the page's figures: the app takes
  // over once it has drawn the same ones.
  let figures = 0;
  [...copy.querySelectorAll('figure')].forEach((figure, index) => {
    const original = liveOf.get(figure);
    if (inViewport(original) && original.querySelector('svg.recharts-surface path, svg.chart-surface path')) {
      figure.setAttribute('data-pre-figure', String(index));
      figures++;
    }
  });
  // What lies wholly below the window is left out, its height kept by one empty box: the
  // browser then parses and lays out only what is seen at the reveal (the fourteen figures below
  // the window were most of the layout, and Chinese text is costly to lay out). The page keeps
  // its height, so the scroll bar and the takeover stay as they are.
  // The overview's sections, one after another (the headline cards, then each theme).
  const main = copy.querySelector('.theme-section')?.parentElement;
  if (main) {
    const children = [...main.children];
    const first = children.findIndex((child) => liveOf.get(child).getBoundingClientRect().top >= innerHeight);
    const below = first < 0 ? [] : children.slice(first);
    if (below.length > 0) {
      // From the first one's top margin to the last one's bottom margin, as they took.
      const firstLive = liveOf.get(below[0]);
      const lastLive = liveOf.get(below[below.length - 1]);
      const top = firstLive.getBoundingClientRect().top - parseFloat(getComputedStyle(firstLive).marginTop);
      const bottom = lastLive.getBoundingClientRect().bottom + parseFloat(getComputedStyle(lastLive).marginBottom);
      for (const child of below) child.remove();
      const rest = document.createElement('div');
      rest.className = 'prerender-rest';
      rest.setAttribute('aria-hidden', 'true');
      rest.style.height = `${Math.round(bottom - top)}px`;
      main.append(rest);
    }
  }
  // Within the sections kept, whatever lies wholly below the window is emptied too, its box kept
  // at the size it had (the rest of the first theme: figure frames, cards, milestones), so the
  // reveal lays out little more than what is seen. Inline boxes are left alone: emptying one
  // could change the lines around it.
  if (main) {
    const empty = (el) => {
      const original = liveOf.get(el);
      if (!original) return;
      const display = getComputedStyle(original).display;
      if (display === 'inline' || display === 'contents' || display === 'none') return;
      const r = original.getBoundingClientRect();
      if (r.top >= innerHeight) {
        el.replaceChildren();
        el.style.boxSizing = 'border-box';
        el.style.width = `${r.width}px`;
        el.style.height = `${r.height}px`;
        el.style.flex = 'none';
        return;
      }
      if (r.bottom > innerHeight) for (const child of [...el.children]) empty(child);
    };
    // The box standing for the sections left out has no live counterpart: empty() passes it by.
    for (const child of [...main.children]) empty(child);
  }
  // Lazy boxes out of view: empty, at the same size (their min-height stays, as a class).
  for (const box of copy.querySelectorAll('.lazy-box')) {
    if (!inViewport(liveOf.get(box))) {
      box.replaceChildren();
      box.setAttribute('data-drawn', 'false');
    }
  }
  for (const el of copy.querySelectorAll('script, noscript, template')) el.remove();
  // What React set as properties (a select's choice, a box's tick, a field's text) becomes
  // attributes, which is all static HTML can hold.
  for (const el of copy.querySelectorAll('select, input, textarea')) {
    const original = liveOf.get(el);
    if (el.tagName === 'SELECT') {
      [...el.options].forEach((option, i) => option.toggleAttribute('selected', original.options[i]?.selected === true));
    } else if (el.tagName === 'TEXTAREA') el.textContent = original.value;
    else if (original.type === 'checkbox' || original.type === 'radio') el.toggleAttribute('checked', original.checked);
    else if (original.type !== 'file' && original.type !== 'password') el.setAttribute('value', original.value);
  }

  // Ids get a prefix, and so does every reference to one.
  const ids = new Set([...copy.querySelectorAll('[id]')].map((el) => el.id));
  const renamed = (id) => (ids.has(id) ? `pre-${id}` : id);
  const LISTS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'aria-flowto', 'aria-errormessage', 'aria-activedescendant', 'for', 'headers', 'list', 'form'];
  const all = [copy, ...copy.querySelectorAll('*')];
  for (const el of all) {
    if (el !== copy && el.id) el.id = renamed(el.id);
    for (const name of LISTS) {
      const v = el.getAttribute(name);
      if (!v) continue;
      // A reference into a part emptied above names nothing any more: dropped.
      const refs = v.split(/\s+/).filter((id) => ids.has(id));
      if (refs.length > 0) el.setAttribute(name, refs.map(renamed).join(' '));
      else el.removeAttribute(name);
    }
    for (const attr of [...el.attributes]) {
      if (/^on/i.test(attr.name)) el.removeAttribute(attr.name);
      else if ((attr.name === 'href' || attr.name === 'xlink:href') && attr.value.startsWith('#') && ids.has(attr.value.slice(1))) {
        el.setAttribute(attr.name, `#pre-${attr.value.slice(1)}`);
      } else if (attr.value.includes('url(#')) {
        el.setAttribute(attr.name, attr.value.replace(/url\(#([^)]+)\)/g, (m, id) => (ids.has(id) ? `url(#pre-${id})` : m)));
      }
    }
  }

  // Style attributes become classes: one per distinct declaration list, !important so that,
  // as an attribute did, it wins over the style sheets.
  const classes = new Map();
  const rules = [];
  for (const el of all) {
    if (el === copy || !el.hasAttribute('style')) continue;
    const decls = [];
    for (let i = 0; i < el.style.length; i++) {
      const name = el.style[i];
      let value = el.style.getPropertyValue(name);
      if (value.includes('url(#')) value = value.replace(/url\(#([^)]+)\)/g, (m, id) => (ids.has(id) ? `url(#pre-${id})` : m));
      decls.push(`${name}: ${value} !important`);
    }
    el.removeAttribute('style');
    if (decls.length === 0) continue;
    const text = decls.join('; ');
    let name = classes.get(text);
    if (!name) {
      name = `pre-s${classes.size + 1}`;
      classes.set(text, name);
      rules.push(`#prerender .${name} { ${text}; }`);
    }
    el.classList.add(name);
  }

  const html = document.documentElement;
  return {
    html: copy.innerHTML,
    rules,
    figures,
    sheets: [...document.styleSheets].map((s) => s.href).filter(Boolean),
    dataUrls: performance.getEntriesByType('resource').map((e) => e.name),
    lang: html.dataset.lang,
    appearance: html.dataset.appearance,
    rise: html.dataset.rise,
  };
}

main().catch((error) => {
  console.error(`prerender: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
