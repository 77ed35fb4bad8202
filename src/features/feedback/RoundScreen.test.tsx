import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import type * as VaultModule from '../../vault';
import type { RecordToPut, VaultState } from '../../vault';
import { commentKind, roundKind } from './rounds';

const vault: { state: VaultState } = { state: { status: 'unlocked', canUsePin: false, lastLockReason: undefined } };
const putRecords = vi.fn<(records: RecordToPut[]) => Promise<void>>();
const lock = vi.fn<(reason?: string) => void>();
vi.mock('../../vault', async (importOriginal) => ({
  ...(await importOriginal<typeof VaultModule>()),
  putRecords: (records: RecordToPut[]) => putRecords(records),
  lock: (reason?: string) => lock(reason),
}));
vi.mock('../../ui/useVaultState', () => ({ useVaultState: () => vault.state }));
const { FeedbackScreen } = await import('./FeedbackScreen');

beforeEach(() => {
  putRecords.mockReset().mockResolvedValue(undefined);
  lock.mockReset();
});

function usefulGroup(form: HTMLElement): HTMLElement {
  return within(form).getByRole('group', { name: 'Was this session useful to you?' });
}

async function startRound() {
  const user = userEvent.setup();
  await renderWithProviders(<FeedbackScreen />, { path: '/feedback/new?for=group:anxiety' });
  expect(await screen.findByText('Group session: anxiety')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Start the round' }));
  const form = await screen.findByRole('dialog', { name: 'How was this session?' });
  return { user, form };
}

describe('the participants’ form', { timeout: 20_000 }, () => {
  it('gives the next person an empty form once someone has sent hers, with nothing of her answers left', async () => {
    const { user, form } = await startRound();
    await user.click(within(usefulGroup(form)).getByRole('radio', { name: '5 – Very much' }));
    const safe = within(form).getByRole('group', { name: 'Did you feel safe and respected in the group?' });
    await user.click(within(safe).getByRole('radio', { name: '2 – A little' }));
    await user.click(within(form).getByRole('textbox', { name: 'Anything else you want to say?' }));
    await user.paste('QCOMMENT-first person');
    await user.click(within(form).getByRole('button', { name: 'Send my answers' }));

    expect(await within(form).findByText(/Thank you! Your answers are saved/)).toBeInTheDocument();
    for (const radio of within(form).getAllByRole('radio')) expect(radio).not.toBeChecked();
    expect(within(form).getByRole('textbox', { name: 'Anything else you want to say?' })).toHaveValue('');
    expect(form).not.toHaveTextContent('QCOMMENT');

    // One write: the round's counts and the comment together.
    expect(putRecords).toHaveBeenCalledTimes(1);
    const written = putRecords.mock.calls[0]?.[0] ?? [];
    expect(written.map((record) => record.kind)).toEqual([roundKind, commentKind]);
    expect(written[0]?.value).toMatchObject({ people: 1, counts: { useful: [0, 0, 0, 0, 1], safe: [0, 1, 0, 0, 0] } });
    expect(written[1]?.value).toMatchObject({ text: 'QCOMMENT-first person' });

    // The second person's answers are counted on top of the first's.
    await user.click(within(usefulGroup(form)).getByRole('radio', { name: '3 – Somewhat' }));
    await user.click(within(form).getByRole('button', { name: 'Send my answers' }));
    await vi.waitFor(() => expect(putRecords).toHaveBeenCalledTimes(2));
    expect(putRecords.mock.calls[1]?.[0]).toHaveLength(1);
    expect(putRecords.mock.calls[1]?.[0][0]?.value).toMatchObject({ people: 2, counts: { useful: [0, 0, 1, 0, 1] } });
  });

  it('shows no way into the app: no link, only the quick exit, sending, and the end that locks the vault', async () => {
    const { user, form } = await startRound();
    expect(within(form).queryAllByRole('link')).toEqual([]);
    expect(
      within(form)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Quick exit', 'Send my answers', 'End the round (facilitator)']);
    // The screen under the form shows nothing of its own while the form is up.
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    await user.click(within(form).getByRole('button', { name: 'End the round (facilitator)' }));
    // A plain lock: the PIN cannot reopen it, only the passphrase.
    expect(lock).toHaveBeenCalledWith('manual');
  });

  it('locks the vault when Back is pressed while the form is up', async () => {
    await startRound();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(lock).toHaveBeenCalledWith('manual');
  });

  it('keeps the answers on screen and says so when they could not be saved', async () => {
    putRecords.mockRejectedValueOnce(new Error('QuotaExceededError'));
    const { user, form } = await startRound();
    await user.click(within(usefulGroup(form)).getByRole('radio', { name: '4 – Quite a lot' }));
    await user.click(within(form).getByRole('button', { name: 'Send my answers' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Your answers could not be saved, but they are still here.');
    expect(within(form).getAllByRole('radio', { checked: true })).toHaveLength(1);
  });

  it('asks for an answer before sending an empty form', async () => {
    const { user, form } = await startRound();
    await user.click(within(form).getByRole('button', { name: 'Send my answers' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Choose at least one answer, or write a comment.');
    expect(putRecords).not.toHaveBeenCalled();
  });
});

describe('the round’s address', () => {
  it('refuses a bad `for` parameter with a clear message and starts nothing', async () => {
    await renderWithProviders(<FeedbackScreen />, { path: '/feedback/new?for=group:../journal' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This feedback round cannot start');
    expect(screen.getByRole('alert')).toHaveTextContent('The link names a session the app does not recognise.');
    expect(screen.queryByRole('button', { name: 'Start the round' })).not.toBeInTheDocument();
  });
});
