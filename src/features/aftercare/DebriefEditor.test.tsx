import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import type * as VaultModule from '../../vault';
import type { RecordsResult, VaultState } from '../../vault';
import { debriefKind, type Debrief } from './debriefs';

const vault: { state: VaultState } = { state: { status: 'unlocked', canUsePin: false, lastLockReason: undefined } };
const getRecords = vi.fn<(kind: string) => Promise<RecordsResult>>();
const putRecord = vi.fn<(kind: string, id: string, value: unknown) => Promise<void>>();
vi.mock('../../vault', async (importOriginal) => ({
  ...(await importOriginal<typeof VaultModule>()),
  getRecords: (kind: string) => getRecords(kind),
  putRecord: (kind: string, id: string, value: unknown) => putRecord(kind, id, value),
}));
vi.mock('../../ui/useVaultState', () => ({ useVaultState: () => vault.state }));
const { DebriefEditor } = await import('./DebriefEditor');

const hoursAgo = (hours: number): Debrief => ({
  savedAt: new Date(Date.now() - hours * 60 * 60 * 1000).toISOString(),
  wentWell: '',
  wasHard: '',
  needNow: '',
  isHardOne: true,
});

/** The vault holds these earlier hard debriefs, and then the one just saved. */
function vaultWithEarlierHardRuns(hoursAgoList: number[]) {
  getRecords.mockImplementation(() => {
    const saved = putRecord.mock.calls.map(([, id, value]) => ({ id, value }));
    return Promise.resolve({
      records: [...hoursAgoList.map((hours, index) => ({ id: `e${index}`, value: hoursAgo(hours) })), ...saved],
      damaged: [],
    });
  });
}

async function saveHardDebrief(onSaved: () => void) {
  const user = userEvent.setup();
  await renderWithProviders(<DebriefEditor onSaved={onSaved} onBack={() => undefined} />);
  await user.click(screen.getByRole('radio', { name: 'Yes, a hard one' }));
  await user.click(screen.getByRole('button', { name: 'Save debrief' }));
  return user;
}

describe('the debrief and the notice after hard runs close together', { timeout: 20_000 }, () => {
  beforeEach(() => {
    getRecords.mockReset();
    putRecord.mockReset().mockResolvedValue(undefined);
  });

  it('with the third hard run in 7 days, says so gently, with self-care, the organisation and its source', async () => {
    vaultWithEarlierHardRuns([30, 100]);
    const onSaved = vi.fn();
    const user = await saveHardDebrief(onSaved);
    expect(await screen.findByRole('heading', { name: 'Several hard ones close together' })).toBeInTheDocument();
    expect(putRecord).toHaveBeenCalledWith(debriefKind, expect.any(String), expect.objectContaining({ isHardOne: true }));
    expect(screen.getByText(/You marked 3 hard ones in the last 7 days/)).toBeInTheDocument();
    expect(screen.getByText(/Psychological first aid: guide for field workers.*2011/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take care of yourself' })).toHaveAttribute('href', '/selfcare');
    expect(screen.getByRole('heading', { name: 'Talk to your organisation' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find your organisation' })).toHaveAttribute('href', '/directory');
    expect(onSaved).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Back to the summary' }));
    expect(onSaved).toHaveBeenCalledOnce();
  });

  it('with the second, or with hard runs spread over more than 7 days, goes straight back', async () => {
    vaultWithEarlierHardRuns([30, 24 * 8]);
    const onSaved = vi.fn();
    await saveHardDebrief(onSaved);
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(screen.queryByRole('heading', { name: 'Several hard ones close together' })).not.toBeInTheDocument();
  });
});
