// The entry is kept tiny: it asks for config.json and the dataset at once, while the browser is
// still downloading and compiling the app (React, Recharts, the views) in a chunk of its own.
// Were the requests made from inside that chunk, they would wait for all of it to be evaluated.
// It also reveals the prerendered first screen (app/first-screen.ts) as soon as the dataset is
// confirmed to be the one the build drew.
import { startEarlyFetches } from './data/load/early-fetch';
import { parseEarly } from './data/load/parse-early';
import { readMeta, revealFirstScreen } from './app/first-screen';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// Development serves mocked data through MSW, which is not listening yet at this point; nor is
// anything prerendered there.
if (!import.meta.env.DEV) {
  const meta = readMeta(document);
  const early = startEarlyFetches(meta?.data === undefined ? undefined : new URL(meta.data, document.baseURI).href);
  // The first screen's dataset is parsed and validated in a worker meanwhile (parse-early.ts).
  void early.data.then((data) => data?.bytes && parseEarly(data.url, data.bytes));
  void revealFirstScreen(meta, early);
}
import('./boot')
  .then(({ boot }) => boot(root))
  .catch((error: unknown) => {
    // A chunk that cannot be fetched (a deploy replaced it, the network dropped) must not leave
    // a blank page: say what happened, in both languages, as plain text.
    console.error(error);
    document.getElementById('prerender')?.remove();
    root.classList.remove('behind-first-screen');
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = '应用未能加载，请刷新页面重试。The app could not be loaded; reload the page to try again.';
    root.replaceChildren(message);
  });
