import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReferralList } from '../../src/features/directory';
import { installTestPacks } from '../../src/features/directory/testPacks';
import { DirectoryPackSchema, PackSchema } from '../../src/content/schema';
import { renderWithProviders } from '../render';

/*
 * Directory packs installed before the per-language form hold notes, hours and a number's label as
 * plain strings (built-in version 1, and any organisation's CSV). The migration is that the new
 * format still accepts them and screens still show them, in every interface language, rather than
 * dropping text such as "Policía (PNP)" that matters more than its language.
 */

/** A Peru directory as version 1 of the built-in pack stored it: every text a plain string. */
const installedBefore = {
  schemaVersion: 1,
  id: 'directory-pe',
  title: 'Perú',
  kind: 'directory',
  country: 'PE',
  locale: 'mul',
  entries: [
    {
      id: 'r025-emergencias',
      name: 'Emergencias: Policía 105, Bomberos 116, SAMU 106, Policía de Carreteras 110',
      country: 'PE',
      types: ['emergency'],
      phones: [
        { display: '105', dial: '105', label: 'Policía (PNP)' },
        { display: '106', dial: '106', label: 'SAMU, ambulancia (gratuita)' },
      ],
      hours: '24 h, los 7 días',
      isAlwaysOpen: true,
      cost: 'unknown',
      tags: ['always-open'],
      policeInvolvement: 'yes',
      notes: '116 and 106 are stated to be free.',
      source: {
        urls: ['https://www.exitosanoticias.pe/'],
        date: '2026-01-06',
        checked: '2026-11-21',
        confidence: 'medium',
        isPhoneConfirmed: false,
      },
    },
    {
      id: 'r026-linea-113',
      name: 'Línea 113, opción 5 – salud mental (Minsa / Infosalud)',
      country: 'PE',
      types: ['mental-health', 'crisis-line'],
      phones: [{ display: '113 (opción 5)', dial: '113', label: 'Marcar la opción 5 (salud mental)' }],
      hours: '24 h, los 7 días',
      isAlwaysOpen: true,
      cost: 'free',
      tags: ['always-open'],
      policeInvolvement: 'unknown',
      notes: 'Call 113 and choose option 5 for mental health.',
      source: {
        urls: ['https://www.infobae.com/'],
        date: '2024-12-29',
        checked: '2026-11-21',
        confidence: 'medium',
        isPhoneConfirmed: false,
      },
    },
  ],
};

describe('a directory pack installed in the old form (plain-string texts)', () => {
  it('still validates as a pack, so reading the installed copy does not reject it', () => {
    expect(PackSchema.safeParse(installedBefore).success).toBe(true);
  });

  for (const language of ['es', 'en', 'fr'] as const) {
    it(`still shows its hours and number labels on a ${language} screen`, async () => {
      await installTestPacks([DirectoryPackSchema.parse(installedBefore)]);
      // The danger step shows each emergency number with its label; a service's card shows its hours.
      await renderWithProviders(
        <>
          <h1>Link</h1>
          <ReferralList country="PE" needs={['emergency']} />
          <ReferralList country="PE" needs={['crisis-line']} />
        </>,
        { language },
      );
      const policeCall = await screen.findByRole('link', { name: /105.*Policía \(PNP\)/ });
      expect(within(policeCall).getByText('Policía (PNP)')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: /106.*SAMU, ambulancia \(gratuita\)/ })).toBeInTheDocument();
      expect(await screen.findByText(/24 h, los 7 días/)).toBeInTheDocument();
      expect(screen.getByText(/Marcar la opción 5/)).toBeInTheDocument();
      // The first render loads the directory's code and locale files: slow on a busy 2-core machine.
    }, 20_000);
  }
});
