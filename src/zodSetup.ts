import { config } from 'zod/v4/core';

// Zod 4 compiles fast parsers with new Function() and probes for eval first. Our CSP forbids eval
// (script-src 'self'), so the probe would report a violation on every parse: use the interpreter.
config({ jitless: true });
