import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DirectoryEntry } from '../../content/schema';
import { renderWithProviders } from '../../../tests/render';
import { actionLinksFor, keypadCodesFor } from './actionLinks';
import { EntryActions } from './EntryActions';

// Chile's suicide prevention line is *4141 from any mobile phone (Minsal, reported by La Tercera:
// https://www.latercera.com/nacional/noticia/fono-4141-de-prevencion-del-suicidio-mas-de-227000-llamadas-atendidas-en-tres-anos/).
const chileLine: DirectoryEntry = {
  id: 'cl-4141',
  name: 'Línea *4141',
  country: 'CL',
  types: ['suicide-prevention'],
  phones: [{ display: '*4141', dial: '*4141', label: 'Desde cualquier celular' }],
  cost: 'free',
  tags: [],
  policeInvolvement: 'no',
  source: { urls: ['https://example.org/'], checked: '2026-01-01', confidence: 'high', isPhoneConfirmed: false },
};

const withPhones = (phones: DirectoryEntry['phones']): DirectoryEntry => ({ ...chileLine, id: 'x', phones });

describe('phone actions', () => {
  it('never makes a tel: link of a star code, but keeps it visible to type on the keypad', async () => {
    expect(actionLinksFor(chileLine, 'es').filter((link) => link.kind === 'tel')).toEqual([]);
    expect(keypadCodesFor(chileLine, 'es')).toEqual([{ code: '*4141', label: 'Desde cualquier celular' }]);
    await renderWithProviders(
      <>
        <h1>{chileLine.name}</h1>
        <EntryActions entry={chileLine} compact />
      </>,
      { language: 'en' },
    );
    expect(await screen.findByText(/To call \*4141, type it on your phone's keypad/)).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByText('No phone number or website is listed.')).toBeNull();
  });

  it('drops a number whose shown digits differ from the dialled ones (a pack installed before the rule)', () => {
    const links = actionLinksFor(
      withPhones([
        { display: '0800-999-0091', dial: '08005551234' },
        { display: '144', dial: '144' },
      ]),
      'es',
    );
    expect(links.map((link) => link.href)).toEqual(['tel:144']);
  });

  it('drops MMI and USSD strings however they reach it', () => {
    for (const dial of ['**21*5551234#', '*#06#', '#31#', '0800,1234']) {
      expect(actionLinksFor(withPhones([{ display: dial, dial }]), 'es'), dial).toEqual([]);
      expect(keypadCodesFor(withPhones([{ display: dial, dial }]), 'es'), dial).toEqual([]);
    }
  });
});
