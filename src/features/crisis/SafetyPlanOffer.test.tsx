import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { crisisTypes } from '../../content/schema';
import { updatePreferences } from '../../prefs/preferences';
import { SafetyPlanOffer } from './SafetyPlanOffer';

const offered = ['suicide', 'self-harm', 'general-distress'];

describe("the close's safety plan offer", { timeout: 20_000 }, () => {
  for (const crisisType of crisisTypes) {
    const isOffered = offered.includes(crisisType);
    it(`${isOffered ? 'is' : 'is not'} made after a ${crisisType} run`, async () => {
      await renderWithProviders(
        <>
          <h1>Close</h1>
          <SafetyPlanOffer crisisType={crisisType} />
        </>,
      );
      const link = screen.queryByRole('link', { name: 'Make or open a safety plan with her' });
      if (isOffered) expect(link).toHaveAttribute('href', '/plan');
      else expect(link).toBeNull();
    });
  }

  it('speaks of the person in the form chosen in Settings', async () => {
    await renderWithProviders(
      <>
        <h1>Close</h1>
        <SafetyPlanOffer crisisType="suicide" />
      </>,
      { language: 'es' },
    );
    expect(screen.getByRole('link', { name: 'Hacer o abrir un plan de seguridad con ella' })).toBeInTheDocument();
    updatePreferences({ addressForm: 'neutral' });
    expect(await screen.findByRole('link', { name: 'Hacer o abrir un plan de seguridad en conjunto' })).toBeInTheDocument();
  });
});
