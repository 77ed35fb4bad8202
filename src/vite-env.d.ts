/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** Set by vite.config.ts: which build this is (shown in Settings, used by the update test). */
declare const __BUILD_ID__: string;
