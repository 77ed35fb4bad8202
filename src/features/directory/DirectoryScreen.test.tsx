import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { getPreferences, updatePreferences } from '../../prefs/preferences';
import { requestLock } from '../../vault/lockSignal';
import { forgetBrowseState, rememberedBrowseState } from './browseState';
import { DirectoryScreen } from './DirectoryScreen';
import { ReferralList } from './ReferralList';
import { installTestPacks, testPacks } from './testPacks';
import type { DirectoryEntry, DirectoryPack } from '../../content/schema';
import { sealShortCode } from '../../vault/shortCode';
import { resetSafetySettingsCache, safetyStorageKey, updateSafetySettings } from '../safety/safetySettings';

function peruAnd(entryIndex: number): [DirectoryPack, DirectoryEntry] {
  const peru = testPacks.find((pack) => pack.country === 'PE');
  const entry = peru?.entries[entryIndex];
  if (!peru || !entry) throw new Error('the Peru pack has changed');
  return [peru, entry];
}

beforeEach(async () => {
  forgetBrowseState();
  await installTestPacks();
});

async function openDirectory(language: 'en' | 'es' | 'fr' = 'en', path = '/directory') {
  await renderWithProviders(<DirectoryScreen />, { language, path });
}

describe('DirectoryScreen', () => {
  it('asks for a country first, then remembers the choice', async () => {
    await openDirectory();
    const country = await screen.findByRole('combobox', { name: 'Country' });
    expect(screen.queryByRole('heading', { name: 'Emergency numbers' })).not.toBeInTheDocument();
    fireEvent.change(country, { target: { value: 'PE' } });
    expect(getPreferences().country).toBe('PE');
    expect(await screen.findByRole('heading', { name: 'Emergency numbers' })).toBeInTheDocument();
  });

  it('pins the emergency numbers at the top, and filters the rest by type, region and search', async () => {
    updatePreferences({ country: 'PE' });
    await openDirectory();
    const emergency = await screen.findByRole('region', { name: 'Emergency numbers' });
    expect(within(emergency).getByRole('link', { name: /Call 105/ })).toHaveAttribute('href', 'tel:105');
    const results = screen.getByRole('region', { name: 'Places that help' });
    expect(within(results).queryByRole('link', { name: /Call 105/ })).not.toBeInTheDocument();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'violencia' } });
    expect(within(results).getByRole('link', { name: /Call 100/ })).toHaveAttribute('href', 'tel:100');
    expect(within(results).getByRole('status')).toHaveTextContent(/^1 place$/);
    expect(within(emergency).getByRole('link', { name: /Call 105/ })).toBeInTheDocument();

    fireEvent.change(screen.getByRole('combobox', { name: 'Kind of help' }), { target: { value: 'mental-health' } });
    expect(within(results).getByText(/Nothing matches/)).toBeInTheDocument();
  });

  it("links to her country's numbers on the plain emergency page of her language", async () => {
    updatePreferences({ country: 'PE' });
    await openDirectory('es');
    const link = await screen.findByRole('link', { name: /números de emergencia en una página sencilla/ });
    expect(link).toHaveAttribute('href', '/emergency/es.html#country-pe');
  });

  it('offers no plain page with the disguise on (it names itself in the tab and the history list)', async () => {
    updatePreferences({ country: 'PE' });
    updateSafetySettings({ isDisguised: true, disguiseCodeSeal: await sealShortCode('0427') });
    try {
      await openDirectory('es');
      await screen.findByRole('region', { name: /Lugares que ayudan|Places that help/ });
      expect(screen.queryByRole('link', { name: /números de emergencia en una página sencilla/ })).toBeNull();
    } finally {
      localStorage.removeItem(safetyStorageKey);
      resetSafetySettingsCache();
    }
  });

  it('lists her province and national services, and other provinces only when she asks', async () => {
    updatePreferences({ country: 'CA', subdivision: 'CA-QC' });
    await openDirectory();
    const results = await screen.findByRole('region', { name: 'Places that help' });
    const names = within(results)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(names.some((name) => /9-8-8/.test(name))).toBe(true);
    expect(within(results).getByRole('link', { name: /^Call 1-866/ })).toHaveAttribute('href', 'tel:18662773553');
    expect(within(results).queryByText(/Toronto, Ontario/)).not.toBeInTheDocument();
    expect(within(results).queryByText('Victoria (Esquimalt), British Columbia')).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: /^Show \d+ services? from other regions/ }));
    expect(within(results).getByText('Victoria (Esquimalt), British Columbia')).toBeInTheDocument();
  });

  it('draws 50 entries at a time in a big directory', async () => {
    const [peru, line100] = peruAnd(2);
    const many = Array.from({ length: 60 }, (_, index) => ({ ...line100, id: `r900-many-${index}`, name: `Servicio ${index}` }));
    await installTestPacks([{ ...peru, entries: many }]);
    updatePreferences({ country: 'PE' });
    await openDirectory();
    const results = await screen.findByRole('region', { name: 'Places that help' });
    expect(within(results).getByRole('status')).toHaveTextContent('60 places');
    expect(within(results).getAllByRole('heading', { level: 3 })).toHaveLength(50);
    fireEvent.click(within(results).getByRole('button', { name: 'Show 10 more' }));
    expect(within(results).getAllByRole('heading', { level: 3 })).toHaveLength(60);
    expect(within(results).queryByRole('button', { name: /^Show/ })).not.toBeInTheDocument();
  }, 30_000);

  it('says plainly when a country has no national crisis line', async () => {
    updatePreferences({ country: 'GT' });
    await openDirectory('es');
    const gaps = await screen.findByRole('region', { name: 'Lo que no encontramos' });
    expect(gaps).toHaveTextContent(/suicidio/);
  });

  it('forgets the search when a lock is requested (quick exit)', async () => {
    updatePreferences({ country: 'PE' });
    await openDirectory();
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Search' }), { target: { value: 'violencia' } });
    await vi.waitFor(() => expect(rememberedBrowseState().query).toBe('violencia'));
    act(() => requestLock('quick-exit'));
    expect(rememberedBrowseState().query).toBe('');
  });
});

describe('entry details', () => {
  it('shows freshness honestly: last checked, source date, not confirmed by phone, confidence', async () => {
    await openDirectory('en', '/directory/r027-linea-100');
    expect(await screen.findByRole('heading', { level: 1, name: /Línea 100/ })).toBeInTheDocument();
    expect(screen.getByText('Last checked November 2026')).toBeInTheDocument();
    expect(screen.getByText('Not confirmed by phone')).toBeInTheDocument();
    expect(screen.getByText(/^Confidence: (high|medium)$/)).toBeInTheDocument();
    expect(screen.getByText(/^Source dated /)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Call 100' })).toHaveAttribute('href', 'tel:100');
  });

  it('says "not stated" for unknown hours, and lists WhatsApp as a wa.me link', async () => {
    const [peru, line113] = peruAnd(1);
    const noHours = { ...peru, entries: [{ ...line113, id: 'r999-no-hours', hours: undefined, isAlwaysOpen: undefined }] };
    await installTestPacks([noHours]);
    await openDirectory('fr', '/directory/r999-no-hours');
    const hours = await screen.findByText('Heures');
    expect(hours.nextElementSibling).toHaveTextContent(/^Non précisées$/);
    expect(screen.getByRole('link', { name: 'WhatsApp +51952842623' })).toHaveAttribute('href', 'https://wa.me/51952842623');
    expect(screen.getByText('Dernière vérification : novembre 2026')).toBeInTheDocument();
  });

  it('drops a link that fails the pack link rules instead of showing it', async () => {
    const [peru, line100] = peruAnd(2);
    const bad = { ...peru, entries: [{ ...line100, id: 'r998-bad', phones: [{ display: '100', dial: '100;rm' }] }] };
    await installTestPacks([bad]);
    await openDirectory('en', '/directory/r998-bad');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('link', { name: /Call/ })).not.toBeInTheDocument();
    expect(screen.getByText('No phone number or website is listed.')).toBeInTheDocument();
  });

  it('copies the entry as plain text', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openDirectory('en', '/directory/r027-linea-100');
    fireEvent.click(await screen.findByRole('button', { name: 'Copy' }));
    expect(await screen.findByText(/^Copied/)).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(
      expect.stringMatching(/^Línea 100.*\n100\n.*Last checked November 2026 · Not confirmed by phone$/s),
    );
  });

  it('says so when an entry is not on this phone', async () => {
    await openDirectory('es', '/directory/r000-gone');
    expect(await screen.findByText(/no está en el directorio/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Volver al directorio' })).toHaveAttribute('href', '/directory');
  });
});

describe('ReferralList', () => {
  it('asks for a country when none is chosen', async () => {
    await renderWithProviders(
      <>
        <h1>Link</h1>
        <ReferralList country="" needs={['crisis-line']} />
      </>,
      { language: 'fr' },
    );
    expect(await screen.findByRole('link', { name: 'Ouvrir le répertoire' })).toHaveAttribute('href', '/directory');
  });
});
