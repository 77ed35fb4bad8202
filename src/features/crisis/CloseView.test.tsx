import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import panic from '../../../content/scripts/panic.en.json';
import suicide from '../../../content/scripts/suicide.en.json';
import { renderWithProviders } from '../../../tests/render';
import { PfaScriptPackSchema } from '../../content/schema';
import type * as VaultModule from '../../vault';
import { VaultError, type VaultState } from '../../vault';
import type { RunSummary } from './engine/scriptEngine';

const vault: { state: VaultState } = { state: { status: 'unlocked', canUsePin: false, lastLockReason: undefined } };
const putRecord = vi.fn<(kind: string, id: string, value: unknown) => Promise<void>>();
vi.mock('../../vault', async (importOriginal) => ({
  ...(await importOriginal<typeof VaultModule>()),
  putRecord: (kind: string, id: string, value: unknown) => putRecord(kind, id, value),
}));
vi.mock('../../ui/useVaultState', () => ({ useVaultState: () => vault.state }));
const { CloseView } = await import('./CloseView');

const script = PfaScriptPackSchema.parse(panic);
const summary: RunSummary = { stepsDone: script.steps.slice(0, 4), referralNeeds: ['emergency', 'crisis-line'] };

/** True when b comes after a in the page, as a screen reader and the eye meet them. */
const follows = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

async function openClose() {
  await renderWithProviders(<CloseView script={script} summary={summary} minutes={12} onStartAgain={() => undefined} />);
}

describe('saving the close summary as a private note', { timeout: 20_000 }, () => {
  beforeEach(() => {
    putRecord.mockReset();
    vault.state = { status: 'unlocked', canUsePin: false, lastLockReason: undefined };
  });

  it('stores nothing unless the Companion saves', async () => {
    await openClose();
    expect(screen.getByText('Services shown: Emergency, Crisis line')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'It was hard' }));
    expect(putRecord).not.toHaveBeenCalled();
  });

  it('saves the summary and the words in one vault record, then says so plainly', async () => {
    putRecord.mockResolvedValue(undefined);
    await openClose();
    await userEvent.click(screen.getByRole('button', { name: 'Save a private note' }));
    const field = await screen.findByRole('textbox', { name: 'Your note (optional)' }, { timeout: 5_000 });
    expect(screen.getByRole('heading', { level: 1, name: 'Save a private note' })).toBeInTheDocument();
    expect(screen.getByText('About 12 minutes')).toBeInTheDocument();
    expect(field).toHaveAttribute('autocomplete', 'off');
    expect(field).toHaveAttribute('spellcheck', 'false');
    await userEvent.type(field, 'Follow up on Friday');
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'You finished' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Note saved.');
    expect(screen.getByRole('link', { name: 'See my notes' })).toHaveAttribute('href', '/crisis/notes');
    expect(screen.queryByRole('button', { name: 'Save a private note' })).not.toBeInTheDocument();
    expect(putRecord).toHaveBeenCalledTimes(1);
    const [kind, id, value] = putRecord.mock.calls[0] ?? [];
    expect(kind).toBe('companion-note');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(value).toMatchObject({
      scriptTitle: script.title,
      crisisType: 'panic',
      stepsDone: 4,
      minutes: 12,
      services: ['emergency', 'crisis-line'],
      text: 'Follow up on Friday',
    });
  });

  it('saves the agreed next contact inside the same note when the Companion fills it in', async () => {
    putRecord.mockResolvedValue(undefined);
    await openClose();
    await userEvent.click(screen.getByRole('button', { name: 'Save a private note' }));
    const contact = await screen.findByRole('group', { name: 'Next contact (optional)' }, { timeout: 5_000 });
    await userEvent.type(within(contact).getByRole('textbox', { name: 'Who will get in touch' }), ' Me, by text ');
    await userEvent.type(within(contact).getByRole('textbox', { name: 'When' }), 'Tomorrow at 6 pm');
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByText(/^Note saved\./)).toBeInTheDocument();
    expect(putRecord).toHaveBeenCalledTimes(1);
    expect(putRecord.mock.calls[0]?.[2]).toMatchObject({ text: '', nextContact: { who: 'Me, by text', when: 'Tomorrow at 6 pm' } });
  });

  it('keeps a too-long next contact on screen with a message, and saves nothing', async () => {
    await openClose();
    await userEvent.click(screen.getByRole('button', { name: 'Save a private note' }));
    const when = await screen.findByRole('textbox', { name: 'When' }, { timeout: 5_000 });
    await userEvent.click(when);
    await userEvent.paste('a'.repeat(201));
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByText('Keep this to 200 characters or fewer.')).toBeInTheDocument();
    expect(when).toHaveAttribute('aria-invalid', 'true');
    expect(when).toHaveValue('a'.repeat(201));
    expect(putRecord).not.toHaveBeenCalled();
  });

  it('says the phone is full and keeps the words, so a second try can succeed', async () => {
    putRecord.mockRejectedValueOnce(new VaultError('storage-full')).mockResolvedValueOnce(undefined);
    await openClose();
    await userEvent.click(screen.getByRole('button', { name: 'Save a private note' }));
    await userEvent.type(await screen.findByRole('textbox', { name: 'Your note (optional)' }, { timeout: 5_000 }), 'Keep me');
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("The phone's storage is full");
    expect(screen.getByRole('textbox', { name: 'Your note (optional)' })).toHaveValue('Keep me');
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByText(/^Note saved\./)).toBeInTheDocument();
    expect(putRecord).toHaveBeenCalledTimes(2);
  });

  it('refuses a note that is too long, and saves nothing', async () => {
    await openClose();
    await userEvent.click(screen.getByRole('button', { name: 'Save a private note' }));
    const field = await screen.findByRole('textbox', { name: 'Your note (optional)' }, { timeout: 5_000 });
    await userEvent.click(field);
    await userEvent.paste('a'.repeat(2_001));
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('too long');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(putRecord).not.toHaveBeenCalled();
  });

  it('opens the vault right there when it is locked, and going back keeps the summary and the words', async () => {
    await openClose();
    await userEvent.click(screen.getByRole('button', { name: 'Save a private note' }));
    await userEvent.type(await screen.findByRole('textbox', { name: 'Your note (optional)' }, { timeout: 5_000 }), 'Draft words');
    vault.state = { status: 'locked', canUsePin: false, lastLockReason: 'idle' };
    await userEvent.click(screen.getByRole('button', { name: 'Back to the summary' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save a private note' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your journal is locked' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByLabelText('Passphrase')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back to the summary' }));
    expect(await screen.findByText('Services shown: Emergency, Crisis line')).toBeInTheDocument();

    vault.state = { status: 'unlocked', canUsePin: false, lastLockReason: undefined };
    await userEvent.click(screen.getByRole('button', { name: 'Save a private note' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Your note (optional)' })).toHaveValue('Draft words'));
    expect(putRecord).not.toHaveBeenCalled();
  });
});

describe('the next contact and the debrief at the close (aftercare)', { timeout: 20_000 }, () => {
  beforeEach(() => {
    putRecord.mockReset().mockResolvedValue(undefined);
    vault.state = { status: 'unlocked', canUsePin: false, lastLockReason: undefined };
  });

  it('asks for the next contact while the person is still there, before the check-in; her debrief comes after it', async () => {
    await openClose();
    const followUp = await screen.findByRole('button', { name: 'Agree a next contact' }, { timeout: 5_000 });
    const checkIn = screen.getByRole('group', { name: 'And you, how are you doing?' });
    const debrief = await screen.findByRole('button', { name: 'Debrief for you' });
    const summaryHeading = screen.getByRole('heading', { name: 'What you did together' });
    expect(follows(summaryHeading, followUp)).toBe(true);
    expect(follows(followUp, checkIn)).toBe(true);
    expect(follows(checkIn, debrief)).toBe(true);
    expect(follows(debrief, screen.getByRole('link', { name: 'Self-care' }))).toBe(true);
  });

  it('after a suicide run, offers the safety plan first, then the next contact, both before the check-in', async () => {
    const suicideScript = PfaScriptPackSchema.parse(suicide);
    await renderWithProviders(
      <CloseView script={suicideScript} summary={{ stepsDone: [], referralNeeds: [] }} minutes={5} onStartAgain={() => undefined} />,
    );
    const plan = screen.getByRole('heading', { name: 'A safety plan' });
    const followUp = await screen.findByRole('button', { name: 'Agree a next contact' }, { timeout: 5_000 });
    const checkIn = screen.getByRole('group', { name: 'And you, how are you doing?' });
    expect(follows(plan, followUp)).toBe(true);
    expect(follows(followUp, checkIn)).toBe(true);
  });

  it("saves the next contact as its own vault record, and the note's next contact then says the same", async () => {
    const user = userEvent.setup();
    await openClose();
    await user.click(screen.getByRole('button', { name: 'Agree a next contact' }));
    await user.type(await screen.findByRole('textbox', { name: 'Who' }, { timeout: 5_000 }), 'Ana');
    await user.click(screen.getByRole('radio', { name: 'Visit' }));
    await user.click(screen.getByRole('button', { name: 'Save next contact' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'You finished' })).toBeInTheDocument();
    expect(screen.getByText(/Next contact saved\./)).toBeInTheDocument();
    const [kind, , value] = putRecord.mock.calls[0] ?? [];
    expect(kind).toBe('follow-up');
    expect(value).toMatchObject({ who: 'Ana', how: 'visit', due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown });

    await user.click(screen.getByRole('button', { name: 'Save a private note' }));
    expect(await screen.findByRole('textbox', { name: 'Who will get in touch' }, { timeout: 5_000 })).toHaveValue('Ana');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'When' }).value).toMatch(/^\w{3}, \w{3} \d{1,2}, Visit$/);
  });

  it('keeps the debrief in the vault, about the Companion, and says so', async () => {
    const user = userEvent.setup();
    await openClose();
    // "It was hard" in the check-in is already her answer to "was this a hard one?".
    await user.click(screen.getByRole('radio', { name: 'It was hard' }));
    await user.click(screen.getByRole('button', { name: 'Debrief for you' }));
    await user.type(await screen.findByRole('textbox', { name: 'What was hard?' }, { timeout: 5_000 }), 'the waiting');
    expect(screen.getByRole('radio', { name: 'Yes, a hard one' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save debrief' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'You finished' })).toBeInTheDocument();
    expect(screen.getByText('Debrief saved.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See my debriefs' })).toHaveAttribute('href', '/crisis/debriefs');
    const [kind, , value] = putRecord.mock.calls[0] ?? [];
    expect(kind).toBe('companion-debrief');
    expect(value).toMatchObject({ wentWell: '', wasHard: 'the waiting', needNow: '', isHardOne: true });
  });
});
