import '../../zodSetup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { eraseVaultStorage } from '../../db/vaultStore';
import { updatePreferences } from '../../prefs/preferences';
import { createVault, lock } from '../../vault';
import { resetVaultMemoryForTests } from '../../vault/session';
import { ReferralList } from './ReferralList';
import { saveContact } from './savedStore';
import { testEntry, testPack } from './testEntries';
import { installTestPacks } from './testPacks';

/*
 * What a Link step gives the Companion beyond the numbers: her own saved contacts (from the real
 * vault over fake-indexeddb and Node's WebCrypto), and a referral handed to the person as plain
 * text by share sheet, clipboard, SMS, WhatsApp or a QR code drawn on screen.
 *
 * Peru's numbers are written here from public sources, not read from content/: SAMU ambulance
 * 106, Bomberos 116, PNP 105 (infobae.com 2026-01-06); MINSA's Línea 113, option 5 for mental
 * health, free and 24 hours (gob.pe/555-linea-113); the women's ministry's Línea 100, which
 * involves the police (referral facts R027).
 */

// Counts the QR encoder's loading: the factory runs the first time anything imports 'uqr'.
const uqrLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('uqr', async (importOriginal) => {
  uqrLoads.count++;
  return importOriginal();
});

const peru = testPack('PE', [
  testEntry(
    'Emergencias',
    'PE',
    ['emergency'],
    [
      { display: '105', dial: '105', sends: ['police'] },
      {
        display: '106',
        dial: '106',
        sends: ['ambulance'],
        label: { es: 'SAMU, ambulancia', en: 'SAMU, ambulance', fr: 'SAMU, ambulance' },
      },
    ],
    { policeInvolvement: 'yes' },
  ),
  testEntry(
    'Línea 113',
    'PE',
    ['mental-health'],
    [
      {
        display: '113',
        dial: '113',
        label: { es: 'opción 5: salud mental', en: 'option 5: mental health', fr: 'option 5 : santé mentale' },
      },
    ],
    {
      hours: { es: '24 horas', en: '24 hours', fr: '24 heures' },
      notes: { es: 'Gratis desde cualquier teléfono.', en: 'Free from any phone.', fr: 'Gratuit depuis tout téléphone.' },
    },
  ),
  testEntry('Línea 100', 'PE', ['violence-against-women'], [{ display: '100', dial: '100' }], { policeInvolvement: 'yes' }),
]);

const passphrase = 'hand over test passphrase';

beforeEach(async () => {
  resetVaultMemoryForTests();
  await eraseVaultStorage();
  await installTestPacks([peru]);
  updatePreferences({ country: 'PE', subdivision: undefined });
});

afterEach(() => {
  // Web Share and the clipboard are absent from jsdom; each test adds what it needs.
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(navigator, 'clipboard');
});

afterAll(async () => {
  resetVaultMemoryForTests();
  await eraseVaultStorage();
});

async function show(needs: Parameters<typeof ReferralList>[0]['needs'], language: 'en' | 'es' | 'fr' = 'en') {
  await renderWithProviders(
    <>
      <h1>Link</h1>
      <ReferralList country="PE" needs={needs} />
    </>,
    { language },
  );
  await screen.findByRole('list', { name: language === 'es' ? 'Lugares que pueden ayudar' : 'Places that can help' });
}

describe('trusted contacts on the danger and Link steps', () => {
  it('with the vault open, the saved contacts are offered, one tap to call, on the danger step', async () => {
    await createVault(passphrase);
    await saveContact({ name: 'Rosa', role: 'lawyer', phone: '+51987654321', savedAt: '2026-11-01T10:00:00.000Z' });
    await show(['emergency', 'mental-health']);
    const rosa = await screen.findByRole('link', { name: /Call Rosa/ });
    expect(rosa).toHaveAttribute('href', 'tel:+51987654321');
    expect(within(screen.getByRole('region', { name: 'Your own contacts' })).getAllByRole('link')).toHaveLength(1);
    expect(screen.queryByText(/contacts are locked/)).not.toBeInTheDocument();
  });

  it('on a Link step in Spanish too', async () => {
    await createVault(passphrase);
    await saveContact({ name: 'Rosa', role: 'friend', phone: '+51987654321', savedAt: '2026-11-01T10:00:00.000Z' });
    await show(['mental-health'], 'es');
    expect(await screen.findByRole('link', { name: /Llamar a Rosa/ })).toHaveAttribute('href', 'tel:+51987654321');
  });

  it('with the vault locked: one line saying to unlock, no contact and no passphrase prompt', async () => {
    await createVault(passphrase);
    await saveContact({ name: 'Rosa', role: 'friend', phone: '+51987654321', savedAt: '2026-11-01T10:00:00.000Z' });
    lock();
    await show(['emergency', 'mental-health']);
    expect(screen.getByText('Your own contacts are locked. Unlock your journal to see them here.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Rosa/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/passphrase/i)).not.toBeInTheDocument();
    // The danger numbers are still there, first.
    expect(screen.getByRole('link', { name: /Call 106/ })).toHaveAttribute('href', 'tel:106');
  });
});

describe('handing a referral over from a Link step', () => {
  it('shares the whole short list as plain text, and SMS and WhatsApp carry the same text (English)', async () => {
    const share = vi.fn<(data: ShareData) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    await show(['mental-health', 'violence-against-women']);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(share).toHaveBeenCalledTimes(1));
    const { title, text = '' } = share.mock.calls[0]?.[0] ?? {};
    expect(title).toBe('The whole list');
    expect(text).toContain('Línea 113\n113 – option 5: mental health');
    expect(text).toContain('Hours: 24 hours');
    expect(text).toContain('Good to know: Free from any phone.');
    expect(text).toContain('Not known if it calls the police');
    expect(text).toContain('Línea 100\n100');
    expect(text).toContain('May send or call the police');
    expect(text).not.toMatch(/salud mental|Horario/);
    expect(screen.getByRole('link', { name: 'SMS' })).toHaveAttribute('href', `sms:?body=${encodeURIComponent(text)}`);
    expect(screen.getByRole('link', { name: 'WhatsApp' })).toHaveAttribute('href', `https://wa.me/?text=${encodeURIComponent(text)}`);
  });

  it('copies one chosen entry in Spanish, and the links follow the choice', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await show(['mental-health', 'violence-against-women'], 'es');
    // No share sheet on this phone: no Share button, the other ways stay.
    expect(screen.queryByRole('button', { name: 'Compartir' })).not.toBeInTheDocument();
    fireEvent.change(screen.getByRole('combobox', { name: 'Qué dar' }), { target: { value: 'Línea 113' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copiar' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const text = writeText.mock.calls[0]?.[0] ?? '';
    expect(text).toContain('Línea 113\n113 – opción 5: salud mental');
    expect(text).toContain('Horario: 24 horas');
    expect(text).toContain('Bueno saber: Gratis desde cualquier teléfono.');
    expect(text).toContain('No se sabe si llama a la policía');
    expect(text).not.toContain('Línea 100');
    expect(await screen.findByRole('status')).toHaveTextContent(/Copiad/);
    expect(screen.getByRole('link', { name: 'SMS' })).toHaveAttribute('href', `sms:?body=${encodeURIComponent(text)}`);
    expect(screen.getByRole('link', { name: 'WhatsApp' })).toHaveAttribute('href', `https://wa.me/?text=${encodeURIComponent(text)}`);
  });

  it('draws a QR code of the list, with a name, and loads the encoder only when asked', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await show(['mental-health', 'violence-against-women']);
    // Nothing has loaded the encoder yet: not the app's code, not the earlier tests.
    expect(uqrLoads.count).toBe(0);
    expect(screen.queryByRole('img', { name: /QR code/ })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const text = writeText.mock.calls[0]?.[0] ?? '';

    fireEvent.click(screen.getByRole('button', { name: 'QR code' }));
    const qr = await screen.findByRole('img', { name: 'QR code with the text of The whole list' });
    expect(screen.getByRole('button', { name: 'Hide the QR code' })).toHaveAttribute('aria-expanded', 'true');
    expect(uqrLoads.count).toBe(1);
    // The same encoder as the check's reference: what it draws must be this text, not another.
    const { encode } = await import('uqr');
    const expected = encode(text, { ecc: 'L', border: 2 });
    expect(qr).toHaveAttribute('viewBox', `0 0 ${expected.size} ${expected.size}`);
    // One square per dark module, in the places the encoder puts them for this text.
    const dark = expected.data.flatMap((row, y) => row.flatMap((isDark, x) => (isDark ? [`M${x} ${y}h1v1h-1z`] : [])));
    expect(dark.length).toBeGreaterThan(100);
    expect(qr.querySelector('path')).toHaveAttribute('d', dark.join(''));
  });
});
