import type { ArticlePack, ExercisePack, PfaScriptPack } from '../../content/schema';

/*
 * Cards to hand out, made only from what the installed packs say: a card never adds a legal or
 * clinical fact of its own, and it carries the pack's own sources. No React here, so the paging
 * and the plain text can be tested as plain functions.
 */

export type CardSource = { title: string; url: string; date?: string | undefined };

/**
 * One piece of a card, kept whole on one printed page where it fits: a heading (kept with what
 * follows it), a paragraph, an item of a list, or a number to call with what it is.
 */
export type CardBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'number'; number: string; details: readonly string[] };

export type CardKind = 'rights' | 'numbers' | 'grounding' | 'sexual-violence';

export type Card = { id: string; kind: CardKind; title: string; blocks: CardBlock[]; sources: CardSource[] };

/** What goes on one printed A6 page: some of the card's blocks, and on the last page(s) its sources. */
export type CardPage = { blocks: CardBlock[]; sources: CardSource[] };

// ---------- from the packs ----------

/**
 * A country's rights article as a card: every section's heading and paragraphs as the pack
 * words them (cutting a legal text short could drop the condition a right depends on), and the
 * article's sources. Long articles take more than one printed page (pagesOf).
 */
export function rightsCard(article: ArticlePack): Card {
  const blocks: CardBlock[] = [];
  for (const section of article.sections) {
    blocks.push({ kind: 'heading', text: section.heading });
    for (const paragraph of paragraphsOf(section.body)) blocks.push({ kind: 'text', text: paragraph });
  }
  return { id: article.id, kind: 'rights', title: article.title, blocks, sources: article.sources.map(sourceOf) };
}

/**
 * The grounding exercise's steps as a list. The exercise pack names no source; the scripts that
 * run it (the panic script's timer step) do, so the card carries theirs.
 */
export function groundingCard(exercise: ExercisePack, scripts: readonly PfaScriptPack[]): Card {
  const runners = scripts.filter((script) => script.steps.some((step) => step.type === 'timer' && step.exercise === exercise.id));
  return {
    id: exercise.id,
    kind: 'grounding',
    title: exercise.title,
    blocks: [{ kind: 'text', text: exercise.summary }, ...exercise.steps.map((step): CardBlock => ({ kind: 'item', text: step.text }))],
    sources: uniqueSources(runners.flatMap((script) => (script.sources ?? []).map(sourceOf))),
  };
}

/**
 * The steps of the sexual-violence script the card prints, in this order (ids shared across
 * languages): that medical care is urgent but going is her choice, the two time windows, and that
 * reporting to the police is her choice alone. Urgency printed without the choice would read as an
 * order, and police can be the danger for a sex worker.
 */
export const timeWindowSteps = ['medical-info', 'pep-info', 'ec-info', 'police-info'] as const;

/**
 * The time windows after sexual violence (PEP within 72 hours; emergency contraception up to 72
 * or 120 hours) between the script's own words on her choice, with the script's sources. Undefined
 * when the script on the phone lacks any of those steps: a card with half of them would be worse
 * than none.
 */
export function timeWindowsCard(script: PfaScriptPack, title: string): Card | undefined {
  const texts = timeWindowSteps.map((id) => script.steps.find((step) => step.id === id)?.text);
  if (texts.some((text) => text === undefined)) return undefined;
  return {
    id: `${script.id}-time-windows`,
    kind: 'sexual-violence',
    title,
    blocks: texts.map((text): CardBlock => ({ kind: 'text', text: text ?? '' })),
    sources: (script.sources ?? []).map(sourceOf),
  };
}

function sourceOf(source: { title: string; url: string; date: string }): CardSource {
  return { title: source.title, url: source.url, date: source.date };
}

/** The same page cited by two scripts is listed once. */
export function uniqueSources(sources: readonly CardSource[]): CardSource[] {
  const seen = new Set<string>();
  return sources.filter((source) => !seen.has(source.url) && Boolean(seen.add(source.url)));
}

function paragraphsOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

// ---------- printed pages ----------

/**
 * How much one A6 page holds, in characters of body text at the print size (cards.css: 9.5 pt on
 * 105 × 148 mm less 7 mm margins: about 30 lines of 55 characters, less the title, the footer and
 * some room for a font that runs wider). Each block also costs the rest of its last line and its
 * gap. Measured in Chromium: the fullest page of Peru's rights (about 900 characters) takes 109 of
 * the page's 134 mm. The e2e
 * test prints the cards and fails if any page spills onto a second sheet.
 */
export const pageBudget = 1150;
const blockCost = 45;
const sourceCost = 40;
/** Sources print smaller (8 pt), so each character costs less. */
const sourceScale = 0.8;

function costOf(block: CardBlock): number {
  switch (block.kind) {
    case 'number':
      // Printed as one run: the big number, then its details joined by " · ". Its larger type and
      // its lines cut short by long words cost about a line more than a paragraph's.
      return block.number.length + block.details.join(' · ').length + 2 * blockCost;
    default:
      return block.text.length + blockCost;
  }
}

function costOfSource(source: CardSource): number {
  return Math.ceil((source.title.length + source.url.length + (source.date?.length ?? 0)) * sourceScale) + sourceCost;
}

/** A paragraph too long for one page, cut between sentences (never inside one) into pieces that fit. */
function splitLong(block: CardBlock, budget: number): CardBlock[] {
  if (block.kind === 'number' || costOf(block) <= budget) return [block];
  const sentences = block.text.match(/[^.!?]+[.!?]+[\s"»”’)]*|[^.!?]+$/g) ?? [block.text];
  const pieces: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current !== '' && current.length + sentence.length + blockCost > budget) {
      pieces.push(current.trim());
      current = '';
    }
    current += sentence;
  }
  if (current.trim() !== '') pieces.push(current.trim());
  return pieces.map((text) => ({ ...block, text }));
}

/**
 * The card cut into printed pages: blocks in order, a page closing before the block that would
 * overflow it, a heading never left alone at the foot of a page, and the sources after the last
 * block (on a page of their own when they do not fit). Never an empty page.
 */
export function pagesOf(card: Card, budget = pageBudget): CardPage[] {
  const pages: CardPage[] = [];
  let blocks: CardBlock[] = [];
  let used = 0;
  const close = () => {
    if (blocks.length > 0) pages.push({ blocks, sources: [] });
    blocks = [];
    used = 0;
  };
  // Pieces leave room for a heading carried over with them.
  const pieces = card.blocks.flatMap((block) => splitLong(block, Math.floor(budget * 0.8)));
  for (const block of pieces) {
    if (used + costOf(block) > budget) {
      // A heading at the foot of the page goes over with what it heads.
      const carried = blocks.at(-1)?.kind === 'heading' && blocks.length > 1 ? blocks.splice(-1) : [];
      close();
      blocks.push(...carried);
      used = carried.reduce((sum, heading) => sum + costOf(heading), 0);
    }
    blocks.push(block);
    used += costOf(block);
  }
  let sources: CardSource[] = [];
  for (const source of card.sources) {
    if (used + costOfSource(source) > budget && (blocks.length > 0 || sources.length > 0)) {
      pages.push({ blocks, sources });
      blocks = [];
      sources = [];
      used = 0;
    }
    sources.push(source);
    used += costOfSource(source);
  }
  if (blocks.length > 0 || sources.length > 0) pages.push({ blocks, sources });
  return pages;
}

// ---------- plain text ----------

export type TextLabels = { sources: string };

function blockAsText(block: CardBlock): string {
  switch (block.kind) {
    case 'heading':
      return block.text.toUpperCase();
    case 'item':
      return `- ${block.text}`;
    case 'number':
      return [block.number, ...block.details].join(' – ');
    default:
      return block.text;
  }
}

/** A source as one line: its title, date and address, so the text stands alone in a message. */
export function sourceAsText(source: CardSource): string {
  return `${source.title}${source.date ? ` (${source.date})` : ''}: ${source.url}`;
}

/** The whole card as plain text for a message or the clipboard: its title, every block and every source. */
export function cardAsText(card: Card, labels: TextLabels): string {
  const lines = [card.title, '', ...card.blocks.map(blockAsText)];
  if (card.sources.length > 0) lines.push('', `${labels.sources}:`, ...card.sources.map(sourceAsText));
  return lines.join('\n');
}
