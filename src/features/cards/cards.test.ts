import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticlePackSchema, DirectoryPackSchema, ExercisePackSchema, PfaScriptPackSchema, type DirectoryPack } from '../../content/schema';
import { cardAsText, pagesOf, rightsCard, type Card, type CardBlock } from './cards';
import { cardSetFor, type CardPacks, type CardSetLabels } from './cardSet';
import { numbersCard } from './numbers';

const root = join(import.meta.dirname, '../../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const directory = (country: string): DirectoryPack => DirectoryPackSchema.parse(readJson(`content/directory/${country}.json`));
const allDirectories = readdirSync(join(root, 'content/directory'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => DirectoryPackSchema.parse(readJson(`content/directory/${name}`)));

const labels: CardSetLabels = {
  numbers: {
    title: 'Numbers',
    emergencyHeading: 'If a life is in danger',
    servicesHeading: 'Other help',
    sends: (sends) => `Sends: ${sends.join(', ')}`,
    police: (involvement) => `police:${involvement}`,
  },
  timeWindowsTitle: 'After sexual violence',
};

function packsIn(language: 'es' | 'en' | 'fr', directories: readonly DirectoryPack[] = allDirectories): CardPacks {
  return {
    articles: readdirSync(join(root, 'content/articles'))
      .filter((name) => name.endsWith(`.${language}.json`))
      .map((name) => ArticlePackSchema.parse(readJson(`content/articles/${name}`))),
    exercises: [ExercisePackSchema.parse(readJson(`content/exercises/grounding-54321.${language}.json`))],
    scripts: ['sexual-violence', 'panic'].map((slug) => PfaScriptPackSchema.parse(readJson(`content/scripts/${slug}.${language}.json`))),
    directories,
  };
}

/** Fails the test, with why, when a card the test needs was not made. */
function made<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} was not made`);
  return value;
}

const numbersOf = (card: Card) => card.blocks.flatMap((block) => (block.kind === 'number' ? [block] : []));

describe('the list of numbers', () => {
  it('for Peru puts the ambulance (106) and the fire brigade (116) before the police (105, 110), each saying what it sends', () => {
    // From content/directory/SOURCES.md, PE r025-emergencias: 106 ambulance (SAMU), 116 fire, 105 police, 110 highway police.
    const card = made(numbersCard([directory('pe')], 'PE', 'en', undefined, labels.numbers), 'the Peru card');
    const dials = numbersOf(card).map((block) => block.number);
    expect(dials.slice(0, 4)).toEqual(['106', '116', '105', '110']);
    const ambulance = numbersOf(card).find((block) => block.number === '106');
    expect(ambulance?.details).toContain('Sends: ambulance');
    expect(numbersOf(card).find((block) => block.number === '105')?.details).toContain('Sends: police');
  });

  it('lists services that may bring the police after those that may not, and says so on the card', () => {
    const card = made(numbersCard([directory('pe')], 'PE', 'en', undefined, labels.numbers), 'the Peru card');
    const services = numbersOf(card).slice(4);
    // Línea 100 (violence against women) involves the police in the pack: it comes last and says so.
    const line100 = services.findIndex((block) => block.number === '100');
    expect(line100).toBe(services.length - 1);
    expect(services[line100]?.details).toContain('police:yes');
  });

  it.each(allDirectories.map((pack) => [pack.country, pack] as const))(
    'gives %s at least one number to call when a life is in danger',
    (country, pack) => {
      const card = numbersCard([pack], country, 'es', undefined, labels.numbers);
      expect(card, `${country} has no number to call`).toBeDefined();
      expect(card?.blocks[0]).toEqual({ kind: 'heading', text: labels.numbers.emergencyHeading });
      expect(card?.blocks[1]?.kind).toBe('number');
      expect(card?.sources.length).toBeGreaterThan(0);
    },
  );

  it('is never made for a country whose directory holds no emergency number', () => {
    const pe = directory('pe');
    const withoutEmergency = { ...pe, entries: pe.entries.filter((entry) => !entry.types.includes('emergency')) };
    expect(numbersCard([withoutEmergency], 'PE', 'en', undefined, labels.numbers)).toBeUndefined();
  });
});

describe('the cards of a country', () => {
  it('says which cards are missing instead of making empty ones', () => {
    const set = cardSetFor(packsIn('en', []), 'PE', 'en', undefined, labels);
    expect(set.missing).toEqual(['numbers']);
    expect(set.cards.map((card) => card.kind)).toEqual(['rights', 'sexual-violence', 'grounding']);
    const mexico = cardSetFor(packsIn('en'), 'MX', 'en', undefined, labels);
    expect(mexico.missing).toEqual(['rights']);
    const nothing = cardSetFor({ articles: [], exercises: [], scripts: [], directories: [] }, undefined, 'fr', undefined, labels);
    expect(nothing).toEqual({ cards: [], missing: ['chooseCountry', 'timeWindows', 'grounding'] });
    for (const card of cardSetFor(packsIn('fr'), 'CA', 'fr', 'CA-QC', labels).cards) expect(card.blocks.length).toBeGreaterThan(0);
  });

  it('gives the time windows after sexual violence in the script’s own words, with its sources', () => {
    for (const language of ['es', 'en', 'fr'] as const) {
      const card = cardSetFor(packsIn(language), 'PE', language, undefined, labels).cards.find((each) => each.kind === 'sexual-violence');
      const text = cardAsText(made(card, 'the time windows card'), { sources: 'Sources' });
      // Only the pack's words: her choice on care, the two windows, her choice on the police.
      const script = packsIn(language).scripts.find((each) => each.steps.some((step) => step.id === 'police-info'));
      const stepText = (id: string) => made(script?.steps.find((step) => step.id === id)?.text, id);
      expect(made(card, 'the time windows card').blocks).toEqual(
        ['medical-info', 'pep-info', 'ec-info', 'police-info'].map((id) => ({ kind: 'text', text: stepText(id) })),
      );
      expect(text).toMatch(/72/);
      expect(text).toMatch(/120/);
      expect(text).toContain('https://www.who.int/news-room/fact-sheets/detail/emergency-contraception');
      expect(text).toContain('https://www.who.int/publications/i/item/9789240001411');
    }
  });

  it('carries the grounding exercise’s steps and the source of the script that runs it', () => {
    const card = made(
      cardSetFor(packsIn('en'), undefined, 'en', undefined, labels).cards.find((each) => each.kind === 'grounding'),
      'the grounding card',
    );
    expect(card.blocks.filter((block) => block.kind === 'item')).toHaveLength(7);
    expect(card.sources.map((source) => source.url)).toEqual(['https://www.who.int/publications/i/item/9789241548205']);
  });
});

describe('a rights card', () => {
  const article = ArticlePackSchema.parse(readJson('content/articles/rights-pe.es.json'));
  const card = rightsCard(article);

  it('as plain text holds every paragraph of the article and every source', () => {
    const text = cardAsText(card, { sources: 'Fuentes' });
    for (const section of article.sections) for (const paragraph of section.body.split('\n\n')) expect(text).toContain(paragraph.trim());
    for (const source of article.sources) expect(text).toContain(source.url);
    expect(text.startsWith(article.title)).toBe(true);
  });

  it('prints on several A6 pages that together hold all its text, in order, none over the page budget', () => {
    const budget = 600;
    const pages = pagesOf(card, budget);
    expect(pages.length).toBeGreaterThan(1);
    const textOf = (blocks: readonly CardBlock[]) => blocks.map((block) => (block.kind === 'number' ? block.number : block.text)).join(' ');
    expect(textOf(pages.flatMap((page) => page.blocks)).replace(/\s+/g, ' ')).toBe(textOf(card.blocks).replace(/\s+/g, ' '));
    expect(pages.flatMap((page) => page.sources)).toEqual(card.sources);
    for (const page of pages) {
      const size = page.blocks.reduce((sum, block) => sum + (block.kind === 'number' ? 0 : block.text.length + 45), 0);
      expect(size).toBeLessThanOrEqual(budget);
      expect(page.blocks.length + page.sources.length).toBeGreaterThan(0);
      expect(page.blocks.at(-1)?.kind, 'a heading is never left at the foot of a page').not.toBe('heading');
    }
  });
});
