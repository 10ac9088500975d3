// The entry is kept tiny: it asks for config.json and the dataset at once, before any of the
// app (React, Recharts, the views, in chunks of their own) is even requested. Were the requests
// made from inside those chunks, they would wait for all of them to be evaluated. It also
// reveals the prerendered first screen (app/first-screen.ts) as soon as the dataset is confirmed
// to be the one the build drew.
//
// The app's chunks are requested only once the first screen is settled (index.html lists none
// of them: vite.config.ts asyncEntry). Fetched by the import, they are compiled off the main
// thread as they stream in; evaluating them is still a long task on the main thread, and the
// dataset arriving during it would wait for its end before the first screen could be shown.
import { startEarlyFetches } from './data/load/early-fetch';
import { parseEarly } from './data/load/parse-early';
import { readMeta, revealFirstScreen } from './app/first-screen';

/** The longest the app waits for the first screen to be settled (a request that hangs). */
const FIRST_SCREEN_WAIT_MS = 2_000;

/** Resolves just after the browser has painted the next frame (a task queued from its rAF). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function appRoot(): HTMLElement {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  return root;
}

/**
 * The page's own elements are there: index.html loads this entry as an async module
 * (vite.config.ts asyncEntry), so its requests go out as soon as it arrives, while the browser
 * may still be parsing the prerendered first screen below.
 */
function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

let settled: Promise<unknown> = documentParsed();
// Development serves mocked data through MSW, which is not listening yet at this point; nor is
// anything prerendered there.
if (!import.meta.env.DEV) {
  // The prerender's meta is in <head>, before this entry's script (scripts/prerender.mjs).
  const meta = readMeta(document);
  const early = startEarlyFetches(meta?.data === undefined ? undefined : new URL(meta.data, document.baseURI).href);
  // The first screen's dataset is parsed and validated in a worker meanwhile, if large (parse-early.ts).
  void early.data.then((data) => data?.bytes && parseEarly(data.url, data.bytes));
  // Once shown, the first screen is painted before the app's long first task begins.
  const shown = settled.then(() => revealFirstScreen(meta, early)).then((revealed) => (revealed ? afterNextPaint() : undefined));
  settled = Promise.race([shown, new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS))]);
}
settled
  .then(() => import('./boot'))
  .then(({ boot }) => boot(appRoot()))
  .catch((error: unknown) => {
    // A chunk that cannot be fetched (a deploy replaced it, the network dropped) must not leave
    // a blank page: say what happened, in both languages, as plain text.
    console.error(error);
    document.getElementById('prerender')?.remove();
    const root = appRoot();
    root.classList.remove('behind-first-screen');
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = '应用未能加载，请刷新页面重试。The app could not be loaded; reload the page to try again.';
    root.replaceChildren(message);
  });
