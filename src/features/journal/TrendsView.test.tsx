import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { localDay } from '../../lib/localDay';
import type { JournalEntry, Mood } from './entry';
import { TrendsView } from './TrendsView';

function entryDaysAgo(daysAgo: number, mood: Mood): JournalEntry {
  const date = new Date();
  date.setDate(date.getDate() - daysAgo);
  const at = `${localDay(date)}T12:00`;
  return {
    id: `entry-${daysAgo}`,
    mood,
    feelings: [],
    customFeelings: [],
    text: '',
    helped: [],
    customHelped: [],
    at,
    createdAt: at,
    updatedAt: at,
  };
}

describe('mood over time', { timeout: 20_000 }, () => {
  it('names the moods on its axis in words, not only with faces', async () => {
    const { container } = await renderWithProviders(<TrendsView entries={[entryDaysAgo(0, 4)]} />, { language: 'es' });
    const axis = [...container.querySelectorAll('svg.trend-chart')][0]?.querySelectorAll('text.axis-label');
    const words = [...(axis ?? [])].map((label) => label.textContent);
    expect(words).toEqual(expect.arrayContaining(['Muy mal', 'Mal', 'Más o menos', 'Bien', 'Muy bien']));
  });

  it('spreads a new journal’s few days over the whole width, not against the right edge of 30 days', async () => {
    const { container } = await renderWithProviders(<TrendsView entries={[entryDaysAgo(2, 2), entryDaysAgo(1, 3), entryDaysAgo(0, 5)]} />);
    const chart = container.querySelector('svg.trend-chart');
    const xs = [...(chart?.querySelectorAll('circle') ?? [])].map((point) => Number(point.getAttribute('cx')));
    const width = Number(chart?.getAttribute('viewBox')?.split(' ')[2]);
    expect(xs).toHaveLength(3);
    expect(xs[0]).toBeLessThan(width / 3);
    expect(xs[2]).toBeGreaterThan((width * 2) / 3);
  });
});
