import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { SummaryList } from './SummaryList';

// renderWithProviders waits for a screen's heading; the recap is shown under one.
const recap = (minutes: number) => (
  <>
    <h1>Recap</h1>
    <SummaryList steps={2} minutes={minutes} services={[]} />
  </>
);

describe('the session recap', () => {
  it.each([
    ['en', 'Less than a minute'],
    ['es', 'Menos de un minuto'],
    ['fr', 'Moins d’une minute'],
  ] as const)('says a session shorter than a minute was, in %s, never "about 0 minutes"', async (language, words) => {
    await renderWithProviders(recap(0), { language });
    expect(screen.getByText(words)).toBeInTheDocument();
    expect(screen.queryByText(/\b0\b/)).not.toBeInTheDocument();
  });

  it('counts whole minutes from one on', async () => {
    await renderWithProviders(recap(1));
    expect(screen.getByText('About 1 minute')).toBeInTheDocument();
  });
});
