import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy, nginxHeadersSnippet, securityHeaders, staticHostHeadersFile } from './scripts/security-headers.ts';
import { builtInPacksPlugin } from './scripts/packs/vitePlugin.ts';
import { emergencyPagesPlugin } from './scripts/emergency/vitePlugin.ts';
import { disguiseScriptPlugin, prerenderPlugin } from './scripts/prerender/vitePlugin.ts';

// The meta CSP is what protects the app on any static host, whose headers we do not control.
// frame-ancestors cannot be set from a meta tag, so the preview server sends it as a header too.
function cspMetaTag(): Plugin {
  return {
    name: 'companera-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      );
    },
  };
}

// The headers a meta tag cannot carry (frame-ancestors, Permissions-Policy), as files for the host:
// dist/_headers (Netlify, Cloudflare Pages) and dist/security-headers.nginx.conf. README says how.
function securityHeaderFiles(): Plugin {
  return {
    name: 'companera-security-header-files',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: staticHostHeadersFile() });
      this.emitFile({ type: 'asset', fileName: 'security-headers.nginx.conf', source: nginxHeadersSnippet() });
    },
  };
}

export default defineConfig({
  define: {
    // Lets the end-to-end suite build a second, different app to test the update prompt.
    __BUILD_ID__: JSON.stringify(process.env.COMPANERA_BUILD_ID ?? 'local'),
  },
  // The content sync runs in a module worker (src/packs/sync.worker.ts); its signature fallback is a
  // dynamic import, which only the ES format can split into its own chunk.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: process.env.COMPANERA_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // .vite/manifest.json: which chunk each module landed in and what it imports, so build.spec.ts
    // can check what a route loads (the crisis notes' unlock must not load the journal).
    manifest: true,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: securityHeaders,
  },
  plugins: [
    react(),
    cspMetaTag(),
    securityHeaderFiles(),
    // Writes the first screens' HTML into index.html (before VitePWA hashes it for the precache).
    prerenderPlugin(),
    // Before VitePWA, so the signed built-in packs exist when the precache list is made.
    builtInPacksPlugin({ subdir: 'content' }),
    // The static emergency pages, from the release just signed; also before VitePWA, which precaches them.
    emergencyPagesPlugin({ releaseSubdir: 'content' }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      devOptions: { enabled: false },
      manifest: {
        name: 'Compañera',
        short_name: 'Compañera',
        description: 'Apoyo entre pares, directorio de ayuda y diario privado. Funciona sin conexión.',
        lang: 'es',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fbf8fc',
        theme_color: '#4a1f6e',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The plugin adds manifest.webmanifest itself; listing it here would precache it twice.
        // The built-in manifest is precached; the packs are not: a person needs only their own
        // language's, so the sync keeps the ones it verified in a cache of their own (src/sync/
        // builtInPackCache.ts) and the rule below serves them from it when offline.
        globPatterns: ['**/*.{js,css,html,svg,png}', 'disguise/*.webmanifest', 'content/manifest.json', 'content/manifest.json.sig'],
        runtimeCaching: [
          {
            // Bundles are left out: the sync keeps each pack cut from one under the pack's own address,
            // which is what an offline reinstall asks for, so a cached bundle would only be a second copy.
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin && url.pathname.startsWith('/content/packs/') && !url.pathname.endsWith('.bundle'),
            handler: 'NetworkFirst',
            options: { cacheName: 'companera-builtin-packs', networkTimeoutSeconds: 8 },
          },
        ],
        // Tapping the reminder opens the app (public/notification-click.js); the precache above keeps
        // that file offline like the rest.
        importScripts: ['/notification-click.js'],
        // The first visit's page is the service worker's as soon as it is installed, not only after a
        // reload: cut off right after that visit, the code and strings it has not fetched yet still come
        // from the precache. Updates still wait for "Update now" (registerType 'prompt', no skipWaiting).
        clientsClaim: true,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The emergency pages are precached and served as themselves (the precache route comes first);
        // listed here too so no change of route order can ever answer them with the app's shell.
        navigateFallbackDenylist: [/^\/content\//, /^\/emergency\//],
      },
    }),
    // public/disguise.js at the end of the head: after VitePWA, so after the manifest link it swaps.
    disguiseScriptPlugin(),
  ],
});
