import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import type * as VaultModule from '../../vault';
import type { RecordsResult, VaultState } from '../../vault';
import { followUpKind, type FollowUp } from './followUps';
import { localDayOf } from './localDay';

const vault: { state: VaultState } = { state: { status: 'unlocked', canUsePin: false, lastLockReason: undefined } };
const getRecords = vi.fn<(kind: string) => Promise<RecordsResult>>();
const deleteRecord = vi.fn<(kind: string, id: string) => Promise<void>>();
const putRecord = vi.fn<(kind: string, id: string, value: unknown) => Promise<void>>();
vi.mock('../../vault', async (importOriginal) => ({
  ...(await importOriginal<typeof VaultModule>()),
  getRecords: (kind: string) => getRecords(kind),
  deleteRecord: (kind: string, id: string) => deleteRecord(kind, id),
  putRecord: (kind: string, id: string, value: unknown) => putRecord(kind, id, value),
}));
vi.mock('../../ui/useVaultState', () => ({ useVaultState: () => vault.state }));
const { DueFollowUps } = await import('./DueFollowUps');

const today = localDayOf(new Date());
const tomorrow = localDayOf(new Date(Date.now() + 24 * 60 * 60 * 1000));
const followUp = (who: string, due: string, how: FollowUp['how'] = 'call'): FollowUp => ({
  who,
  due,
  how,
  createdAt: '2026-12-01T10:00:00.000Z',
});

function Home() {
  return (
    <div>
      <h1>Home</h1>
      <DueFollowUps />
    </div>
  );
}

describe("Home's next contacts", { timeout: 20_000 }, () => {
  beforeEach(() => {
    vault.state = { status: 'unlocked', canUsePin: false, lastLockReason: undefined };
    getRecords.mockReset().mockResolvedValue({
      records: [
        { id: 'ana', value: followUp('Ana', today) },
        { id: 'old', value: followUp('Bea', '2026-11-20', 'visit') },
        { id: 'later', value: followUp('Cris', '2999-01-01', 'message') },
      ],
      damaged: [],
    });
    deleteRecord.mockReset().mockResolvedValue();
    putRecord.mockReset().mockResolvedValue();
  });

  it('lists those due today or overdue, not those to come', async () => {
    await renderWithProviders(<Home />);
    const section = await screen.findByRole('region', { name: 'Contacts for today' });
    const items = within(section).getAllByRole('listitem');
    expect(getRecords).toHaveBeenCalledWith(followUpKind);
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual(['Visit Bea', 'Call Ana']);
    expect(items[0]).toHaveTextContent('Since November 20');
    expect(items[1]).toHaveTextContent('Today');
    expect(section).not.toHaveTextContent('Cris');
  });

  it('Done deletes it from the vault and takes it off the list', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<Home />);
    const item = (await screen.findByText('Call Ana')).closest('li') as HTMLElement;
    await user.click(within(item).getByRole('button', { name: 'Done' }));
    expect(deleteRecord).toHaveBeenCalledWith(followUpKind, 'ana');
    expect(await screen.findByText('Marked done.')).toBeInTheDocument();
    expect(screen.queryByText('Call Ana')).not.toBeInTheDocument();
    expect(screen.getByText('Visit Bea')).toBeInTheDocument();
  });

  it('Drop deletes it too, and says so', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<Home />);
    const item = (await screen.findByText('Visit Bea')).closest('li') as HTMLElement;
    await user.click(within(item).getByRole('button', { name: 'Drop' }));
    expect(deleteRecord).toHaveBeenCalledWith(followUpKind, 'old');
    expect(await screen.findByText('Dropped.')).toBeInTheDocument();
    expect(screen.queryByText('Visit Bea')).not.toBeInTheDocument();
  });

  it('Move saves the new date in the vault and takes it off until then', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<Home />);
    const item = (await screen.findByText('Call Ana')).closest('li') as HTMLElement;
    await user.click(within(item).getByRole('button', { name: 'Move' }));
    const date = within(item).getByLabelText('New date');
    await user.clear(date);
    await user.type(date, tomorrow);
    await user.click(within(item).getByRole('button', { name: 'Save new date' }));
    expect(putRecord).toHaveBeenCalledWith(followUpKind, 'ana', expect.objectContaining({ who: 'Ana', due: tomorrow }));
    expect(await screen.findByText(/^Moved to /)).toBeInTheDocument();
    expect(screen.queryByText('Call Ana')).not.toBeInTheDocument();
  });

  it('shows nothing at all while the vault is locked', async () => {
    vault.state = { status: 'locked', canUsePin: false, lastLockReason: undefined };
    await renderWithProviders(<Home />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(getRecords).not.toHaveBeenCalled();
  });
});

describe("Home's list closes the reminder that sent her there", { timeout: 20_000 }, () => {
  it('closes every notification with the reminder tag once the list shows with the vault open', async () => {
    vault.state = { status: 'unlocked', canUsePin: false, lastLockReason: undefined };
    getRecords.mockReset().mockResolvedValue({ records: [{ id: 'ana', value: followUp('Ana', today) }], damaged: [] });
    const reminder = { close: vi.fn() };
    const getNotifications = vi.fn(() => Promise.resolve([reminder]));
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      value: { getRegistration: () => Promise.resolve({ getNotifications }) },
    });
    try {
      await renderWithProviders(<Home />);
      await vi.waitFor(() => expect(reminder.close).toHaveBeenCalledTimes(1));
      expect(getNotifications).toHaveBeenCalledWith({ tag: 'reminder' });
    } finally {
      Reflect.deleteProperty(navigator, 'serviceWorker');
    }
  });
});
