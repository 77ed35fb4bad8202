import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { db } from '../../db';
import type { DirectoryPack } from '../../content/schema';
import CrisisUnavailable from './CrisisUnavailable';

// Peru's SAMU ambulance is 106 (Infobae, 2026-01-06:
// https://www.infobae.com/peru/2026/01/06/linea-106-del-samu-atendio-casi-10-mil-llamadas-de-emergencia-en-navidad-2025-y-ano-nuevo-2026/).
const peru: DirectoryPack = {
  schemaVersion: 1,
  id: 'directory-pe',
  kind: 'directory',
  title: 'Perú',
  locale: 'mul',
  country: 'PE',
  entries: [
    {
      id: 'pe-samu',
      name: 'SAMU',
      country: 'PE',
      types: ['emergency'],
      phones: [{ display: '106', dial: '106' }],
      cost: 'free',
      tags: [],
      policeInvolvement: 'no',
      source: { urls: ['https://www.infobae.com/'], checked: '2026-01-06', confidence: 'medium', isPhoneConfirmed: false },
    },
  ],
};

async function show(country: string | undefined) {
  await renderWithProviders(
    <>
      <h1>Crisis</h1>
      <CrisisUnavailable country={country} language="en" />
    </>,
  );
}

beforeEach(async () => {
  await db.packs.clear();
  await db.syncStatus.clear();
});

describe('the crisis screen with no guide on the phone', () => {
  it('names the browser as the cause when it cannot check signatures, not the connection, and still calls for help', async () => {
    await db.syncStatus.put({
      sourceId: 'builtin',
      state: 'failed',
      problems: [{ code: 'crypto-unavailable', message: 'this browser cannot check Ed25519 signatures or SHA-256' }],
    });
    await db.packs.put({
      sourceId: 'builtin',
      id: peru.id,
      kind: 'directory',
      locale: 'mul',
      country: 'PE',
      title: peru.title,
      version: 1,
      sha256: 'a'.repeat(64),
      length: 1,
      installedAt: '2026-01-01T00:00:00.000Z',
      content: peru,
    });
    await show('PE');
    expect(await screen.findByText(/this browser cannot check that they are genuine/)).toBeInTheDocument();
    expect(screen.queryByText(/next time you are online/)).toBeNull();
    expect(await screen.findByRole('link', { name: 'Someone is in danger right now: call 106' })).toHaveAttribute('href', 'tel:106');
    expect(screen.getByRole('link', { name: 'Content and updates' })).toHaveAttribute('href', '/content');
  });

  it('says the guides are being installed before the first sync, and to call the local number when no directory is here', async () => {
    await show(undefined);
    expect(await screen.findByText(/being installed on this phone/)).toBeInTheDocument();
    expect(screen.getByText('If someone is in danger, call your local emergency number.')).toBeInTheDocument();
  });

  it('says storage, not the connection, when the phone is full', async () => {
    await db.syncStatus.put({ sourceId: 'builtin', state: 'failed', problems: [{ code: 'storage-full', message: 'full' }] });
    await show('PE');
    expect(await screen.findByText(/the phone has no storage space left/)).toBeInTheDocument();
  });
});
