// First, before the rest of the app is evaluated: the requests the first screen waits for.
import './data/early-fetch-start';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import './app/styles.css';

async function start() {
  // Development only: the dynamic import is removed from production builds with the branch.
  if (import.meta.env.DEV) {
    const { startMocking } = await import('../mocks/browser');
    await startMocking();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();
