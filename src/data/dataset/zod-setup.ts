import { z } from 'zod/mini';

// Zod compiles object parsers with `new Function` when it can, and probes for that ability.
// Under the strict Content-Security-Policy (no 'unsafe-eval') even the probe is reported as a
// violation, so it is switched off before any schema is built. (zod/mini's object parser does
// not compile, but the switch stays so that nothing that does can slip in.) Imported first by
// every module that defines schemas.
z.config({ jitless: true });

// zod/mini words every issue "Invalid input" unless a locale is loaded; classic zod loaded the
// English one by itself, and config.json errors show those messages to the administrator.
z.config(z.locales.en());
