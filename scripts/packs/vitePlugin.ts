import path from 'node:path';
import type { Plugin } from 'vite';
import { buildPacks } from './buildPacks.ts';

export type BuiltInPacksOptions = {
  /** Pack sources, relative to the Vite root. */
  srcDir?: string;
  privateKeyFile?: string;
  sourceId?: string;
  expiresDays?: number;
  /** Where in the build output the release goes; '' puts manifest.json at the root and packs under /packs/. */
  subdir?: string;
};

/**
 * Builds and signs the built-in content packs into the app's build output after Vite has written the
 * bundle: OUT/manifest.json, OUT/manifest.json.sig, OUT/packs/<id>.json, and OUT/packs/<locale>-<hash>.bundle
 * holding each language's packs in one file. Fails the build, listing every problem, when a pack source
 * is invalid. With no pack sources it writes an empty manifest.
 */
export function builtInPacksPlugin(options: BuiltInPacksOptions = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'companera-built-in-packs',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    // Sequential, after the bundle is on disk and before vite-plugin-pwa lists files to precache (closeBundle).
    writeBundle: {
      sequential: true,
      async handler(outputOptions) {
        const outputDir = outputOptions.dir ?? path.resolve(root, 'dist');
        const result = await buildPacks({
          srcDir: path.resolve(root, options.srcDir ?? 'content'),
          outDir: path.resolve(outputDir, options.subdir ?? ''),
          privateKeyFile: path.resolve(root, options.privateKeyFile ?? 'keys/dev-private.key'),
          sourceId: options.sourceId ?? 'builtin',
          expiresDays: options.expiresDays ?? 180,
          // A first visit then fetches four files (es, en, fr, the directories), not one per pack.
          bundleByLocale: true,
        });
        if (!result.ok) {
          throw new Error(
            `Built-in content packs are invalid:\n${result.problems.map((found) => `  ${path.isAbsolute(found.file) ? path.relative(root, found.file) : found.file}: ${found.message}`).join('\n')}`,
          );
        }
        this.info(`built-in packs: manifest version ${result.manifest.version}, ${result.manifest.packs.length} pack(s)`);
      },
    },
  };
}
