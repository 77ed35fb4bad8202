import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { updatePreferences } from '../../prefs/preferences';
import { EntryEditor } from './EntryEditor';

describe('the journal entry editor in the form the person chose', { timeout: 20_000 }, () => {
  beforeEach(() => {
    updatePreferences({ addressForm: 'feminine' });
  });

  it.each([
    ['feminine', 'Qu’est-ce qui t’a aidée?', 'Fatiguée'],
    ['masculine', 'Qu’est-ce qui t’a aidé?', 'Fatigué'],
    ['neutral', 'Qu’est-ce qui a aidé?', 'Fatigué·e'],
  ] as const)('asks what helped, in French, in the %s form', async (form, question, tired) => {
    updatePreferences({ addressForm: form });
    await renderWithProviders(<EntryEditor entry={undefined} />, { language: 'fr' });
    expect(await screen.findByRole('group', { name: question })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: tired })).toBeInTheDocument();
  });
});
