import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureModule } from '../../../tests/fixtures/courseModule';
import { renderWithProviders } from '../../../tests/render';
import { ArticlePackSchema } from '../../content/schema';
import { updatePreferences } from '../../prefs/preferences';
import { GuideList } from './GuideList';
import type { CourseProgressState } from './useCourseProgress';

// The built-in English articles, in the order the screen receives them (by title).
const articlesDir = join(import.meta.dirname, '../../../content/articles');
const articles = readdirSync(articlesDir)
  .filter((file) => file.endsWith('.en.json'))
  .map((file) => ArticlePackSchema.parse(JSON.parse(readFileSync(join(articlesDir, file), 'utf8'))))
  .sort((a, b) => a.title.localeCompare(b.title, 'en'));

const course: CourseProgressState = { vaultStatus: 'unlocked', progress: { modules: {} }, hasSaveFailed: false, update: () => undefined };

async function showList(country?: string) {
  if (country !== undefined) updatePreferences({ country });
  await renderWithProviders(<GuideList guides={[]} articles={articles} course={course} />, { path: '/guides' });
}

/** A rights card's link starts with its country's name ("Peru: your rights…"). */
const countryOf = (link: HTMLElement | undefined) => link?.textContent.split(':')[0] ?? '';

/** The rights cards in the order a person meets them on the screen. */
function rightsCardsShown(): string[] {
  const articlesSection = screen.getByRole('region', { name: 'Articles and rights' });
  const rights = within(articlesSection).getByRole('heading', { level: 3, name: 'Rights' });
  const list = within(rights.parentElement ?? articlesSection).getByRole('list');
  return within(list).getAllByRole('link').map(countryOf);
}

function firstSearchResult(): string {
  const results = screen.getByRole('region', { name: /results?$/ });
  return countryOf(within(results).getAllByRole('link')[0]);
}

const alphabetical = ['Argentina', 'Canada', 'Costa Rica', 'Guatemala', 'Nicaragua', 'Paraguay', 'Peru'];

describe('the guides list puts the person’s own rights card first', { timeout: 20_000 }, () => {
  it('keeps the cards in alphabetical order when no country is chosen', async () => {
    await showList();
    expect(rightsCardsShown()).toEqual(alphabetical);
  });

  it('shows the card of the chosen country first, then the others in their usual order', async () => {
    await showList('PE');
    expect(rightsCardsShown()).toEqual(['Peru', 'Argentina', 'Canada', 'Costa Rica', 'Guatemala', 'Nicaragua', 'Paraguay']);
  });

  it('changes nothing for a country that has no card', async () => {
    await showList('BO');
    expect(rightsCardsShown()).toEqual(alphabetical);
  });

  it('lists the chosen country’s card first among equally good search results', async () => {
    await showList('CA');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search guides and articles' }), 'police');
    expect(firstSearchResult()).toBe('Canada');
  });

  it('leaves search results in their usual order when no country is chosen', async () => {
    await showList();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search guides and articles' }), 'police');
    expect(firstSearchResult()).toBe('Argentina');
  });
});

describe('the course in the list', { timeout: 20_000 }, () => {
  it('shows each module with its minutes and what was practised, ignoring progress of modules renamed since', async () => {
    const progress: CourseProgressState['progress'] = {
      modules: {
        // Kept by an older version of the course, under slugs that no longer exist.
        'course-08-suicide': { drills: ['drill-1'], isDone: true, isSkipped: false },
        'course-05-what-to-avoid': { drills: [], isDone: true, isSkipped: false },
        'course-99-fixture': { drills: ['choose-1', 'spot-1', 'renamed-drill'], isDone: false, isSkipped: false },
      },
    };
    await renderWithProviders(<GuideList guides={[fixtureModule]} articles={[]} course={{ ...course, progress }} />, { path: '/guides' });
    expect(screen.getByText('0 of 1 modules done')).toBeInTheDocument();
    const row = screen.getByRole('link', { name: /^Module 1: Fixture module/ }).closest('li');
    expect(row).toHaveTextContent('About 25 minutes');
    expect(row).toHaveTextContent('2 of 4 practice items answered');
    expect(row).toHaveTextContent('Started');
    expect(screen.getByRole('link', { name: 'What I practised' })).toHaveAttribute('href', '/guides/course/summary');
  });
});
