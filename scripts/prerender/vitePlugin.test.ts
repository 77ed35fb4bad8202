import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withDisguiseScript } from './vitePlugin';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const indexHtml = readFileSync(path.join(repoRoot, 'index.html'), 'utf8');
const neutralNameOf = (root: string, language: string) =>
  (JSON.parse(readFileSync(path.join(root, 'locales', language, 'common.json'), 'utf8')) as { shell: { neutralName: string } }).shell
    .neutralName;

describe("the build's neutral names on boot.js's tag", () => {
  let scratch: string | undefined;
  afterEach(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    scratch = undefined;
  });

  it('are the locales’ own, in each language', () => {
    const html = withDisguiseScript(indexHtml, repoRoot);
    const tag = /<script src="\/disguise\.js"[^>]*>/.exec(html)?.[0] ?? '';
    // Last in the head, and the title after it: the script names a disguised page before the parser reaches the title.
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    expect(head.trimEnd().endsWith(`${tag}</script>\n    <title>Compañera</title>`)).toBe(true);
    expect(html.match(/<title>/g)).toHaveLength(1);
    const document = new DOMParser().parseFromString(`${tag}</script>`, 'text/html');
    const script = document.querySelector('script');
    for (const language of ['es', 'en', 'fr'])
      expect(script?.getAttribute(`data-neutral-name-${language}`)).toBe(neutralNameOf(repoRoot, language));
  });

  it('fail the build, naming the file, when a language has none', () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'neutral-names-'));
    for (const language of ['es', 'en', 'fr']) {
      mkdirSync(path.join(scratch, 'locales', language), { recursive: true });
      const shell = language === 'fr' ? { quickExit: 'Sortir' } : { neutralName: 'Calc' };
      writeFileSync(path.join(scratch, 'locales', language, 'common.json'), JSON.stringify({ shell }));
    }
    expect(() => withDisguiseScript(indexHtml, scratch ?? '')).toThrow(/locales\/fr\/common\.json has no shell\.neutralName/);
  });

  it('fail the build when index.html has no head to put them in', () => {
    expect(() => withDisguiseScript(indexHtml.replace('</head>', ''), repoRoot)).toThrow(/no <title> and <\/head>/);
  });
});
