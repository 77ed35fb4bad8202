import { foldText } from '../../i18n/foldText';
import { queryWords } from '../../i18n/searchQuery';
import type { ArticlePack, GuidePack } from '../../content/schema';

export { foldText };

/*
 * One search box across guides and articles. Pure and synchronous: a few dozen packs are searched
 * on every keystroke. Text is folded (lower case, no accents), so "reflexion" finds "reflexión";
 * every word of the query must appear somewhere in the pack, and a hit in the title ranks first.
 */

export type SearchablePack = GuidePack | ArticlePack;

type IndexedPack<P> = { pack: P; title: string; body: string };

function packBodyText(pack: SearchablePack): string {
  const parts: string[] = [pack.summary];
  if (pack.kind === 'guide') {
    parts.push(pack.reminder);
    for (const section of pack.sections) {
      parts.push(section.heading, section.body, ...(section.useExamples ?? []));
      for (const avoid of section.avoidExamples ?? []) parts.push(avoid.phrase, avoid.why);
    }
    for (const drill of pack.drills ?? []) parts.push(drill.situation);
  } else {
    for (const section of pack.sections) parts.push(section.heading, section.body);
  }
  return ` ${foldText(parts.join(' '))} `;
}

export function indexPacks<P extends SearchablePack>(packs: readonly P[]): IndexedPack<P>[] {
  return packs.map((pack) => ({ pack, title: ` ${foldText(pack.title)} `, body: packBodyText(pack) }));
}

/** Packs where every query word appears (anywhere in a word), title hits first, then in the given order. */
export function searchPacks<P extends SearchablePack>(index: readonly IndexedPack<P>[], query: string): P[] {
  const wanted = queryWords(query);
  if (wanted.length === 0) return [];
  const scored: { pack: P; score: number; position: number }[] = [];
  index.forEach((entry, position) => {
    let score = 0;
    for (const word of wanted) {
      if (entry.title.includes(word)) score += entry.title.includes(` ${word}`) ? 3 : 2;
      else if (entry.body.includes(word)) score += entry.body.includes(` ${word}`) ? 1 : 0.5;
      else return;
    }
    scored.push({ pack: entry.pack, score, position });
  });
  return scored.sort((a, b) => b.score - a.score || a.position - b.position).map((entry) => entry.pack);
}
