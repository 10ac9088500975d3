#!/usr/bin/env node
// `npm start`: the dashboard on the default dataset, as a production build served locally.
import { execSync } from 'node:child_process';
import { ensureDependencies } from './setup.mjs';

ensureDependencies();
execSync('npx vite build', { stdio: 'inherit' });
// The first screen, drawn into dist/index.html (skipped with a warning without Chromium).
execSync('node scripts/prerender.mjs --dir dist', { stdio: 'inherit' });
execSync(`node scripts/serve.mjs --dir dist --port ${process.env.PORT ?? 4173}`, { stdio: 'inherit' });
