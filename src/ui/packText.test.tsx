import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { scriptPack } from '../../tests/fixtures/packs/samplePacks';
import { renderWithProviders } from '../../tests/render';
import { SettingsScreen } from '../features/settings';
import { getPreferences } from '../prefs/preferences';
import { addressContext, addressFormOf, inAddressForm } from './packText';

describe('how the app addresses the person', { timeout: 20_000 }, () => {
  it('is feminine until chosen, and Settings keeps the choice on the device', async () => {
    expect(addressFormOf({})).toBe('feminine');
    await renderWithProviders(<SettingsScreen />, { language: 'es' });
    expect(screen.getByRole('radio', { name: 'En femenino (cansada)' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'En masculino (cansado)' }));
    expect(getPreferences().addressForm).toBe('masculine');
    await userEvent.click(screen.getByRole('radio', { name: 'Neutro, sin marcar género' }));
    expect(getPreferences().addressForm).toBe('neutral');
  });

  it('gives locale strings that depend on it in each form, in Spanish and French', async () => {
    await renderWithProviders(<SettingsScreen />, { language: 'es' });
    await i18next.loadNamespaces('journal');
    const tired = (language: string, form: 'feminine' | 'masculine' | 'neutral') =>
      i18next.getFixedT(language, 'journal')('feelings.tired', { context: addressContext(form) });
    await i18next.loadLanguages(['fr']);
    expect([tired('es', 'feminine'), tired('es', 'masculine'), tired('es', 'neutral')]).toEqual(['Cansada', 'Cansado', 'Con cansancio']);
    expect([tired('fr', 'feminine'), tired('fr', 'masculine'), tired('fr', 'neutral')]).toEqual(['Fatiguée', 'Fatigué', 'Fatigué·e']);
  });

  it('renders every alternate of a pack in the chosen form, and leaves a pack without any as it is', () => {
    const pack = scriptPack();
    pack.title = 'Si estás [[sola|solo|sin compañía]]';
    pack.steps[2] = { ...pack.steps[2], text: '¿Estás [[lista|listo|en condiciones]] para hablar?' } as (typeof pack.steps)[number];
    const masculine = inAddressForm(pack, 'masculine');
    expect(masculine.title).toBe('Si estás solo');
    expect(masculine.steps[2]?.text).toBe('¿Estás listo para hablar?');
    expect(inAddressForm(pack, 'neutral').steps[2]?.text).toBe('¿Estás en condiciones para hablar?');
    expect(inAddressForm(pack, 'masculine')).toBe(masculine); // the same object on every render
    expect(pack.steps[2].text).toContain('[['); // the installed pack is not changed
    const plain = scriptPack();
    expect(inAddressForm(plain, 'neutral')).toBe(plain);
  });
});
