import '../../zodSetup';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { eraseVaultStorage } from '../../db/vaultStore';
import { createVault, getVaultState, setPin, unlockWithPin } from '../../vault';
import { hiddenLockMs } from '../../vault/autoLock';
import { requestLock } from '../../vault/lockSignal';
import { resetVaultMemoryForTests } from '../../vault/session';
import { FeedbackScreen } from './FeedbackScreen';

/*
 * The vault's auto-lock during a feedback round, with the real vault (fake-indexeddb, Node's
 * WebCrypto). An auto-lock alone keeps the key for the facilitator's PIN; but the phone is in a
 * participant's hands, so the round must end with the PIN refused and only the passphrase, which
 * the participants do not know, opening anything again.
 */

const passphrase = 'lantern over the harbour';
const pin = '2468';

beforeEach(async () => {
  resetVaultMemoryForTests();
  await eraseVaultStorage();
  await createVault(passphrase);
  await setPin(pin);
});
afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  resetVaultMemoryForTests();
  await eraseVaultStorage();
});

async function roundWithOneAnswer() {
  const user = userEvent.setup();
  await renderWithProviders(<FeedbackScreen />, { path: '/feedback/new?for=group:group-anxiety' });
  await user.click(await screen.findByRole('button', { name: 'Start the round' }));
  const form = await screen.findByRole('dialog', { name: 'How was this session?' });
  const useful = within(form).getByRole('group', { name: 'Was this session useful to you?' });
  await user.click(within(useful).getByRole('radio', { name: '4 – Quite a lot' }));
  await user.click(within(form).getByRole('button', { name: 'Send my answers' }));
  await within(form).findByText(/Thank you! Your answers are saved/);
  return user;
}

/** The page goes to the background and comes back after `awayMs`, as the auto-lock sees it. */
function hideAndComeBack(awayMs: number) {
  const start = Date.now();
  const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  act(() => void document.dispatchEvent(new Event('visibilitychange')));
  vi.spyOn(Date, 'now').mockReturnValue(start + awayMs);
  visibility.mockReturnValue('visible');
  act(() => void document.dispatchEvent(new Event('visibilitychange')));
}

async function expectOnlyThePassphrase(user: ReturnType<typeof userEvent.setup>) {
  await waitFor(() => expect(getVaultState()).toMatchObject({ status: 'locked', canUsePin: false }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  // The unlock screen asks for the passphrase and offers no PIN.
  const passphraseField = await screen.findByLabelText('Passphrase');
  expect(screen.queryByLabelText('PIN')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Use my PIN' })).not.toBeInTheDocument();
  // Nor does the vault itself: the key the auto-lock kept for the PIN is gone.
  await expect(unlockWithPin(pin)).rejects.toMatchObject({ code: 'pin-unavailable' });

  // The facilitator's passphrase brings back the round, ended, with its count.
  await user.type(passphraseField, passphrase);
  await user.click(screen.getByRole('button', { name: 'Open journal' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Round ended' })).toBeInTheDocument();
  expect(screen.getByText(/1 person answered/)).toBeInTheDocument();
}

describe('the auto-lock during a feedback round', { timeout: 30_000 }, () => {
  it('after a stretch with no touch, ends the round with the PIN refused', async () => {
    const user = await roundWithOneAnswer();
    // What the idle timer sends (its timing is src/vault/autoLock.test.ts's).
    act(() => requestLock('idle'));
    await expectOnlyThePassphrase(user);
  });

  it('after the page was hidden for over a minute, ends the round with the PIN refused', async () => {
    const user = await roundWithOneAnswer();
    hideAndComeBack(hiddenLockMs + 1_000);
    await expectOnlyThePassphrase(user);
  });
});
