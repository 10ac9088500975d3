import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './mocks/node';
import { loadMessages } from './src/i18n/messages';

// English is a chunk of its own in the app (loaded on first use, i18n/messages.ts); tests read
// both languages' words directly, so it is loaded before any test module runs.
await loadMessages('en');

// findBy… waits for the dataset to load and validate; on a loaded two-core machine that takes
// longer than the library's 1 s default. A later failure still fails, only later.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());
