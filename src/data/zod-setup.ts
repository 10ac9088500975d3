import { z } from 'zod';

// Zod compiles object parsers with `new Function` when it can, and probes for that ability.
// Under the strict Content-Security-Policy (no 'unsafe-eval') even the probe is reported as a
// violation, so it is switched off before any schema is built. Imported first by every module
// that defines schemas.
z.config({ jitless: true });
