import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../tests/render';
import type * as VaultModule from '../../../vault';
import { VaultError, type RecordsResult, type VaultState } from '../../../vault';
import { companionNoteKind, type CompanionNote } from './companionNotes';

const vault: { state: VaultState } = { state: { status: 'unlocked', canUsePin: false, lastLockReason: undefined } };
const getRecords = vi.fn<(kind: string) => Promise<RecordsResult>>();
const deleteRecord = vi.fn<(kind: string, id: string) => Promise<void>>();
vi.mock('../../../vault', async (importOriginal) => ({
  ...(await importOriginal<typeof VaultModule>()),
  getRecords: (kind: string) => getRecords(kind),
  deleteRecord: (kind: string, id: string) => deleteRecord(kind, id),
}));
vi.mock('../../../ui/useVaultState', () => ({ useVaultState: () => vault.state }));
const { NotesScreen } = await import('./NotesScreen');

const note = (overrides: Partial<CompanionNote>): CompanionNote => ({
  savedAt: '2026-11-20T10:00:00.000Z',
  scriptTitle: 'Panic or anxiety attack',
  crisisType: 'panic',
  stepsDone: 7,
  minutes: 18,
  services: ['emergency'],
  text: '',
  ...overrides,
});

describe('My crisis notes', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vault.state = { status: 'unlocked', canUsePin: false, lastLockReason: undefined };
    getRecords.mockReset();
    deleteRecord.mockReset();
  });

  it('lists the notes newest first, with their summary and words, and counts the unreadable ones', async () => {
    getRecords.mockResolvedValue({
      records: [
        { id: 'a', value: note({ text: 'older words' }) },
        {
          id: 'b',
          value: note({ savedAt: '2026-11-21T09:00:00.000Z', scriptTitle: 'Thoughts of suicide', crisisType: 'suicide', services: [] }),
        },
        { id: 'c', value: { text: 'not a note' } },
      ],
      damaged: ['d'],
    });
    await renderWithProviders(<NotesScreen />);
    const notes = await screen.findAllByRole('article');
    expect(getRecords).toHaveBeenCalledWith(companionNoteKind);
    expect(notes.map((article) => within(article).getByRole('heading').textContent)).toEqual([
      'Thoughts of suicide',
      'Panic or anxiety attack',
    ]);
    expect(notes[0]).toHaveTextContent('No services were shown.');
    expect(notes[1]).toHaveTextContent('7 steps done');
    expect(notes[1]).toHaveTextContent('Your note: older words');
    expect(screen.getByText('2 notes could not be read. They may be damaged.')).toBeInTheDocument();
  });

  it('shows the agreed next contact, and still opens a note saved before there was one', async () => {
    getRecords.mockResolvedValue({
      records: [
        { id: 'new', value: note({ savedAt: '2026-11-21T09:00:00.000Z', nextContact: { who: 'Me, by text', when: 'Tomorrow at 6 pm' } }) },
        { id: 'old', value: note({ text: 'from before' }) },
        { id: 'only-when', value: note({ savedAt: '2026-11-19T09:00:00.000Z', nextContact: { who: '', when: 'Friday' } }) },
      ],
      damaged: [],
    });
    await renderWithProviders(<NotesScreen />);
    const [withContact, old, onlyWhen] = await screen.findAllByRole('article');
    expect(withContact).toHaveTextContent('Next contact:Who: Me, by textWhen: Tomorrow at 6 pm');
    expect(old).toHaveTextContent('Your note: from before');
    expect(old).not.toHaveTextContent('Next contact');
    expect(onlyWhen).toHaveTextContent('Next contact:When: Friday');
    expect(onlyWhen).not.toHaveTextContent('Who:');
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });

  it('deletes only after asking, and says so', async () => {
    getRecords.mockResolvedValue({ records: [{ id: 'a', value: note({}) }], damaged: [] });
    deleteRecord.mockResolvedValue(undefined);
    await renderWithProviders(<NotesScreen />);
    const article = await screen.findByRole('article');
    await userEvent.click(within(article).getByRole('button', { name: 'Delete note' }));
    expect(deleteRecord).not.toHaveBeenCalled();
    await userEvent.click(within(article).getByRole('button', { name: 'No, keep it' }));
    await userEvent.click(within(article).getByRole('button', { name: 'Delete note' }));
    await userEvent.click(within(article).getByRole('button', { name: 'Yes, delete it' }));
    expect(deleteRecord).toHaveBeenCalledWith(companionNoteKind, 'a');
    expect(await screen.findByRole('status')).toHaveTextContent('Note deleted.');
    expect(screen.getByRole('status')).toHaveFocus();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByText(/^No notes yet\./)).toBeInTheDocument();
  });

  it('keeps the note on screen and explains when it cannot be deleted', async () => {
    getRecords.mockResolvedValue({ records: [{ id: 'a', value: note({ text: 'still here' }) }], damaged: [] });
    deleteRecord.mockRejectedValue(new VaultError('storage-full'));
    await renderWithProviders(<NotesScreen />);
    const article = await screen.findByRole('article');
    await userEvent.click(within(article).getByRole('button', { name: 'Delete note' }));
    await userEvent.click(within(article).getByRole('button', { name: 'Yes, delete it' }));
    expect(await within(article).findByRole('alert')).toHaveTextContent("The phone's storage is full");
    expect(screen.getByRole('article')).toHaveTextContent('still here');
  });

  it('says plainly when the notes cannot be read', async () => {
    getRecords.mockRejectedValue(new VaultError('storage-failed'));
    await renderWithProviders(<NotesScreen />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Your notes could not be read.');
  });

  it('without a vault, says where notes come from instead of asking for a passphrase', async () => {
    vault.state = { status: 'absent', canUsePin: false, lastLockReason: undefined };
    await renderWithProviders(<NotesScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'My crisis notes' })).toBeInTheDocument();
    expect(screen.getByText(/^You have no saved notes\./)).toBeInTheDocument();
    expect(screen.queryByLabelText('Passphrase')).not.toBeInTheDocument();
    expect(getRecords).not.toHaveBeenCalled();
  });
});
