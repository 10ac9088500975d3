import { startEarlyFetches } from './early-fetch';

// Imported first by main.tsx, so these requests leave while the rest of the bundle is evaluated.
// Development serves mocked data through MSW, which is not listening yet at this point.
if (!import.meta.env.DEV) startEarlyFetches();
