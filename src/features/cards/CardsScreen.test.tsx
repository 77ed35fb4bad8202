import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import rightsPe from '../../../content/articles/rights-pe.en.json';
import { renderWithProviders } from '../../../tests/render';
import { ArticlePackSchema } from '../../content/schema';
import { updatePreferences } from '../../prefs/preferences';
import { addTestPacks, installTestPacks } from '../directory/testPacks';
import { CardsScreen } from './CardsScreen';

const cardPages = (title: RegExp) => screen.getAllByRole('article', { name: title });

beforeEach(async () => {
  // Directories for Peru, Canada and Guatemala only: no article, script or exercise yet.
  await installTestPacks();
  updatePreferences({ country: 'PE' });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the cards page', { timeout: 20_000 }, () => {
  it('opens on her country, with the ambulance before the police, and says plainly which cards the phone cannot make', async () => {
    await renderWithProviders(<CardsScreen />, { language: 'en', path: '/cards' });
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('PE');
    const [numbers] = await screen.findAllByRole('article', { name: /^Numbers to call: Peru/ });
    const text = numbers?.textContent ?? '';
    // From content/directory/SOURCES.md (PE r025): 106 ambulance (SAMU), 105 police.
    expect(text.indexOf('106')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('106')).toBeLessThan(text.indexOf('105'));
    expect(text).toContain('Sends: ambulance');
    expect(screen.getByText('There is no rights card for Peru on this phone yet.')).toBeInTheDocument();
    expect(screen.getByText(/The grounding exercise is not on this phone yet/)).toBeInTheDocument();
    expect(screen.getByText(/The card about sexual violence is not on this phone yet/)).toBeInTheDocument();
    // Every card shown has something on it.
    for (const page of screen.getAllByRole('article')) expect(page.textContent.length).toBeGreaterThan(40);
  });

  it('says there is no number for a country the phone has no directory for, instead of an empty card', async () => {
    await addTestPacks([ArticlePackSchema.parse({ ...rightsPe, id: 'article-rights-xx-en', country: 'AR' })]);
    await renderWithProviders(<CardsScreen />, { language: 'en', path: '/cards' });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Country' }), { target: { value: 'AR' } });
    expect(await screen.findByText(/There is no number to call for Argentina on this phone yet/)).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /^Numbers to call/ })).not.toBeInTheDocument();
  });

  it('copies a card as plain text with its content and its sources', async () => {
    await addTestPacks([ArticlePackSchema.parse(rightsPe)]);
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { clipboard: { writeText }, share: undefined }));
    await renderWithProviders(<CardsScreen />, { language: 'en', path: '/cards' });
    const rights = await screen.findByRole('region', { name: rightsPe.title });
    expect(cardPages(/^Peru: your rights/).length).toBeGreaterThan(1);
    // The warning stands beside the buttons, before anything leaves the phone.
    expect(within(rights).getByRole('group', { name: /^Send or copy/ })).toHaveTextContent(
      'Anyone who finds this card, on paper or on a phone, may guess what it is for.',
    );
    fireEvent.click(within(rights).getByRole('button', { name: 'Copy' }));
    await within(rights).findByText('Copied. You can paste it in a message.');
    const copied = String((writeText.mock.calls[0] as unknown[] | undefined)?.[0]);
    expect(copied).toContain(rightsPe.sections[0]?.body.split('\n\n')[0]);
    expect(copied).toContain('https://lpderecho.pe/ley-servicio-defensa-publica-ley-29360-actualizada/');
  });

  it('prints with the browser’s own print', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await renderWithProviders(<CardsScreen />, { language: 'es', path: '/cards' });
    fireEvent.click(screen.getByRole('button', { name: 'Imprimir' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
