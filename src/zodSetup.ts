// Zod 4 compiles fast parsers with new Function() and probes for eval first. Our CSP forbids eval
// (script-src 'self'), so the probe would report a violation on every parse: use the interpreter.
//
// Zod keeps its configuration in this global (zod/v4/core/core.js creates it only if it is not
// there, and config() writes into it), so setting it needs no zod: main.tsx imports this file
// before anything else, the first screen loads no zod, and every chunk that later brings zod finds
// it set, whichever of them comes first. zodSetup.test.ts checks zod still reads it.
declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

const shared = (globalThis.__zod_globalConfig ??= {});
shared.jitless = true;

export {};
