import { describe, expect, it } from 'vitest';
import { startEachTestWithNewVault, vaultRowsAsText } from '../../../tests/browser/support/freshVault';
import { db } from '../../db/db';
import { lock, unlock } from '../../vault';
import { checkContact, contactKind, favouriteKind, loadSaved, removeSaved, saveContact, saveFavourite } from './savedStore';

const passphrase = 'harbour lantern seven';

startEachTestWithNewVault(passphrase);

describe('saved places and contacts in the vault', () => {
  it('survive a lock and unlock, and are stored only as ciphertext with random ids', async () => {
    await saveFavourite('r053-info-aide-violence-sexuelle');
    const checked = checkContact({ name: 'Dra. Marisol Quispe', role: 'doctor', phone: '+51 987-654 321' });
    if (!('contact' in checked)) throw new Error('the contact should be valid');
    await saveContact(checked.contact);

    const stored = await vaultRowsAsText();
    expect(stored).not.toContain('violence-sexuelle');
    expect(stored).not.toContain('Marisol');
    expect(stored).not.toContain('987654321');
    const ids = (await db.vaultRecords.where('kind').anyOf(favouriteKind, contactKind).toArray()).map((row) => row.id);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);

    lock('manual');
    await expect(loadSaved()).rejects.toThrow();
    await unlock(passphrase);
    const saved = await loadSaved();
    expect(saved.favourites.map((favourite) => favourite.entryId)).toEqual(['r053-info-aide-violence-sexuelle']);
    expect(saved.contacts.map(({ name, role, phone }) => ({ name, role, phone }))).toEqual([
      { name: 'Dra. Marisol Quispe', role: 'doctor', phone: '+51987654321' },
    ]);
    expect(saved.unreadable).toBe(0);

    const [favourite] = saved.favourites;
    if (!favourite) throw new Error('no favourite');
    await removeSaved(favouriteKind, favourite.recordId);
    expect((await loadSaved()).favourites).toEqual([]);
  });

  it('counts a record that is not a favourite as unreadable, and still returns the rest', async () => {
    await saveFavourite('r027-linea-100');
    const { putRecord } = await import('../../vault');
    await putRecord(favouriteKind, crypto.randomUUID(), { entryId: 42 });
    const saved = await loadSaved();
    expect(saved.favourites.map((favourite) => favourite.entryId)).toEqual(['r027-linea-100']);
    expect(saved.unreadable).toBe(1);
  });
});
