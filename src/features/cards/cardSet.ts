import type { ArticlePack, DirectoryPack, ExercisePack, PfaScriptPack } from '../../content/schema';
import { groundingCard, rightsCard, timeWindowsCard, type Card } from './cards';
import { numbersCard, type NumberLabels } from './numbers';

/** Everything on the phone the cards are made from, in the cards' language (directories are in every language). */
export type CardPacks = {
  articles: readonly ArticlePack[];
  exercises: readonly ExercisePack[];
  scripts: readonly PfaScriptPack[];
  directories: readonly DirectoryPack[];
};

/** A card the phone cannot make, so the page says so instead of printing an empty card. */
export type MissingCard = 'chooseCountry' | 'rights' | 'numbers' | 'grounding' | 'timeWindows';

export type CardSet = { cards: Card[]; missing: MissingCard[] };

export type CardSetLabels = { numbers: NumberLabels; timeWindowsTitle: string };

/** The built-in grounding exercise, 5-4-3-2-1; another grounding exercise from an organisation's pack will do. */
const groundingId = /^exercise-grounding-54321-/;

/** The countries the page offers: those with a directory or a rights card on the phone. */
export function cardCountries(packs: CardPacks): string[] {
  const countries = new Set(packs.directories.map((pack) => pack.country));
  for (const article of packs.articles) if (article.topic === 'rights' && article.country) countries.add(article.country);
  return [...countries];
}

/**
 * The cards for a country in one language, in the order they matter in a hard moment: the
 * numbers to call, the country's rights, the time windows after sexual violence, then grounding.
 * Each card the packs cannot give is named in `missing`.
 */
export function cardSetFor(
  packs: CardPacks,
  country: string | undefined,
  language: 'es' | 'en' | 'fr',
  subdivision: string | undefined,
  labels: CardSetLabels,
): CardSet {
  const cards: Card[] = [];
  const missing: MissingCard[] = [];

  if (country === undefined) missing.push('chooseCountry');
  else {
    const numbers = numbersCard(packs.directories, country, language, subdivision, labels.numbers);
    if (numbers) cards.push(numbers);
    else missing.push('numbers');
    const rights = packs.articles.filter((article) => article.topic === 'rights' && article.country === country);
    if (rights.length > 0) cards.push(...rights.map(rightsCard));
    else missing.push('rights');
  }

  const script = packs.scripts.find((candidate) => candidate.crisisType === 'sexual-violence');
  const timeWindows = script && timeWindowsCard(script, labels.timeWindowsTitle);
  if (timeWindows) cards.push(timeWindows);
  else missing.push('timeWindows');

  const groundings = packs.exercises.filter((exercise) => exercise.exerciseType === 'grounding');
  const grounding = groundings.find((exercise) => groundingId.test(exercise.id)) ?? groundings[0];
  if (grounding) cards.push(groundingCard(grounding, packs.scripts));
  else missing.push('grounding');

  return { cards, missing };
}
