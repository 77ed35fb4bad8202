import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { DirectoryPackSchema, ManifestSchema, type DirectoryPack } from '../../src/content/schema.ts';
import { supportedLanguages } from '../../src/i18n/languages.ts';
import { emergencyPageFile } from '../../src/content/emergencyPages.ts';
import { emergencyPage, type LocaleFile } from './emergencyPages.ts';

export type EmergencyPagesOptions = {
  /** Where the built-in release is in the build output (builtInPacksPlugin's subdir). */
  releaseSubdir: string;
  /** The locale files, relative to the Vite root. */
  localesDir?: string;
};

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown;
}

/** The release's directory packs for a language (its own or 'mul'), in the manifest's order. */
async function directoryPacks(releaseDir: string, language: string): Promise<DirectoryPack[]> {
  const manifest = ManifestSchema.parse(await readJson(path.join(releaseDir, 'manifest.json')));
  const entries = manifest.packs.filter((pack) => pack.kind === 'directory' && (pack.locale === language || pack.locale === 'mul'));
  return Promise.all(entries.map(async (entry) => DirectoryPackSchema.parse(await readJson(path.join(releaseDir, entry.path)))));
}

/** Comments and spaces out: the stylesheet is precached on every phone. Enough for emergency.css, which has no strings. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * Writes OUT/emergency/<language>.html for every language and their one stylesheet, from the built-in
 * release the packs plugin has just signed (so the pages hold exactly the directory the app installs).
 * Runs after builtInPacksPlugin and before vite-plugin-pwa lists the files to precache.
 */
export function emergencyPagesPlugin(options: EmergencyPagesOptions): Plugin {
  let root = process.cwd();
  return {
    name: 'companera-emergency-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    writeBundle: {
      sequential: true,
      async handler(outputOptions) {
        const outputDir = outputOptions.dir ?? path.resolve(root, 'dist');
        const localesDir = path.resolve(root, options.localesDir ?? 'locales');
        const css = minifyCss(await readFile(path.resolve(root, 'scripts/emergency/emergency.css'), 'utf8'));
        // Named after its content, so a host's HTTP cache never pairs a new page with an old stylesheet.
        const cssName = `emergency/emergency-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
        await mkdir(path.join(outputDir, 'emergency'), { recursive: true });
        await writeFile(path.join(outputDir, cssName), css);
        for (const language of supportedLanguages) {
          const strings = {
            directory: (await readJson(path.join(localesDir, language, 'directory.json'))) as LocaleFile,
            cards: (await readJson(path.join(localesDir, language, 'cards.json'))) as LocaleFile,
            common: (await readJson(path.join(localesDir, language, 'common.json'))) as LocaleFile,
          };
          const packs = await directoryPacks(path.resolve(outputDir, options.releaseSubdir), language);
          const html = emergencyPage({ language, packs, strings, stylesheet: `/${cssName}` });
          await writeFile(path.join(outputDir, emergencyPageFile(language)), html);
        }
        this.info(`emergency pages: ${supportedLanguages.map(emergencyPageFile).join(', ')}`);
      },
    },
  };
}
