import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { takeOverFirstScreen } from './app/first-screen';
import './app/styles.css';

/** Renders the app into #root (main.tsx loads this module once the early requests are out). */
export async function boot(root: HTMLElement): Promise<void> {
  // Development only: the dynamic import is removed from production builds with the branch.
  if (import.meta.env.DEV) {
    const { startMocking } = await import('../mocks/browser');
    await startMocking();
  }
  takeOverFirstScreen(root);
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
