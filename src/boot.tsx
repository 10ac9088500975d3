import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App, prefetchFirstView } from './app/app';
import { createQueryClient } from './app/query-client';
import { firstScreenShowing, takeOverFirstScreen } from './app/first-screen';
import './app/styles.css';

/** How long the app waits for the first screen's data before it renders regardless. */
const PREFETCH_WAIT_MS = 3_000;

/** Renders the app into #root (main.tsx loads this module once the early requests are out). */
export async function boot(root: HTMLElement): Promise<void> {
  // Development only: the dynamic import is removed from production builds with the branch.
  if (import.meta.env.DEV) {
    const { startMocking } = await import('../mocks/browser');
    await startMocking();
  }
  const client = createQueryClient();
  // While the prerendered first screen is shown, its data are in hand: the app's first render
  // is then the overview itself rather than a loading state (the reader sees the prerender
  // meanwhile). Never longer than PREFETCH_WAIT_MS.
  if (firstScreenShowing()) await Promise.race([prefetchFirstView(client, window.location.hash), new Promise((resolve) => setTimeout(resolve, PREFETCH_WAIT_MS))]);
  performance.mark('dashboard:render');
  takeOverFirstScreen(root);
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
