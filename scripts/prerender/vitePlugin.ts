import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type IndexHtmlTransformContext, type Plugin } from 'vite';
import { escapeHtml } from '../lib/html.ts';

/** The screens prerendered in each language: what people open first, and what they open in a hurry. */
export const prerenderedPaths = ['/', '/crisis'] as const;
const languages = ['es', 'en', 'fr'] as const;
/** Where index.html wants the templates, just before public/boot.js. */
const marker = /[ \t]*<!-- The build puts the prerendered screens here[^\n]*-->\n/;

type PrerenderEntry = {
  installScripts: (scripts: readonly unknown[]) => Promise<void>;
  renderScreen: (language: string, path: string) => Promise<string>;
};

/** The built-in crisis scripts as the first content sync installs them (content/scripts, every language). */
function builtInScripts(root: string): unknown[] {
  const dir = path.resolve(root, 'content/scripts');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as unknown);
}

/** The stylesheets of the chunk that holds `moduleId`, which the prerender of its screen needs before it paints. */
function cssOfChunk(bundle: NonNullable<IndexHtmlTransformContext['bundle']>, moduleId: string): string[] {
  for (const output of Object.values(bundle)) {
    if (output.type !== 'chunk' || output.facadeModuleId !== moduleId) continue;
    // Vite's own note of the CSS a chunk imports (the types of Vite 8's bundler do not declare it).
    const { viteMetadata } = output as { viteMetadata?: { importedCss: Set<string> } };
    return [...(viteMetadata?.importedCss ?? [])].map((file) => `/${file}`);
  }
  return [];
}

/** index.html's title element, with the white space before it. */
const titleElement = /\s*<title>[^<]*<\/title>/;

/**
 * Adds public/disguise.js at the very end of the head, after every element it swaps (vite-plugin-pwa
 * adds the manifest link last), with the disguise's neutral name in each language on its tag
 * (locales/<language>/common.json, shell.neutralName), and moves the title after it: with the
 * disguise on, the script names the page first, so the browser is never told "Compañera". A missing
 * name fails the build: that tab would say "Compañera".
 */
export function withDisguiseScript(html: string, root: string): string {
  const title = titleElement.exec(html)?.[0];
  if (!title || !html.includes('</head>')) throw new Error('index.html has no <title> and </head> to put the disguise script with');
  const attributes = languages.map((language) => {
    const file = path.join('locales', language, 'common.json');
    const strings = JSON.parse(readFileSync(path.resolve(root, file), 'utf8')) as { shell?: { neutralName?: unknown } };
    const name = strings.shell?.neutralName;
    if (typeof name !== 'string' || name.trim() === '')
      throw new Error(`${file} has no shell.neutralName: public/disguise.js needs it to disguise the tab's title before the app runs`);
    return ` data-neutral-name-${language}="${escapeHtml(name)}"`;
  });
  return html.replace(title, '').replace('</head>', `\n    <script src="/disguise.js"${attributes.join('')}></script>${title}\n  </head>`);
}

/** Runs withDisguiseScript on the built index.html: listed after VitePWA in vite.config.ts, so after its manifest link. */
export function disguiseScriptPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'companera-disguise-script',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: { order: 'post', handler: (html) => withDisguiseScript(html, root) },
  };
}

/**
 * Writes the app's first screens as real HTML into index.html, one <template> per language and
 * screen, rendered by the app's own components through Vite's SSR loader (src/app/prerender.tsx).
 * It runs on the built index.html before vite-plugin-pwa hashes it for the precache.
 */
export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  let define: Record<string, unknown> = {};
  return {
    name: 'companera-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      define = config.define ?? {};
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!context.bundle || !marker.test(html)) return html;
        const crisisCss = cssOfChunk(context.bundle, path.resolve(root, 'src/features/crisis/index.ts'));
        const server = await createServer({
          root,
          configFile: false,
          logLevel: 'error',
          define,
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const entry = (await server.ssrLoadModule('/src/app/prerender.tsx')) as PrerenderEntry;
          await entry.installScripts(builtInScripts(root));
          const templates: string[] = [];
          for (const language of languages) {
            for (const screenPath of prerenderedPaths) {
              const markup = await entry.renderScreen(language, screenPath);
              const css = screenPath === '/crisis' ? ` data-css="${crisisCss.join(' ')}"` : '';
              templates.push(`    <template data-prerender="${language} ${screenPath}"${css}>${markup}</template>\n`);
            }
          }
          return html.replace(marker, templates.join(''));
        } finally {
          await server.close();
        }
      },
    },
  };
}
