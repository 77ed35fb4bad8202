import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import type * as VaultModule from '../../vault';
import { VaultError, type RecordsResult, type VaultState } from '../../vault';
import { hasUnsavedDraft } from '../../ui/unsavedDraft';
import { updatePreferences } from '../../prefs/preferences';
import { installTestPacks } from '../directory/testPacks';
import { draftFrom, draftRecordOf, type SafetyPlan } from './plan';
import { keepDraftAfterMs } from './OpenPlan';
import { safetyPlanDraftKind, safetyPlanKind } from './planStore';

const vault: { state: VaultState } = { state: { status: 'unlocked', canUsePin: false, lastLockReason: undefined } };
const getRecords = vi.fn<(kind: string) => Promise<RecordsResult>>();
const putRecord = vi.fn<(kind: string, id: string, value: unknown, schemaVersion?: number) => Promise<void>>();
const deleteRecord = vi.fn<(kind: string, id: string) => Promise<void>>();
vi.mock('../../vault', async (importOriginal) => ({
  ...(await importOriginal<typeof VaultModule>()),
  getRecords: (kind: string) => getRecords(kind),
  putRecord: (kind: string, id: string, value: unknown, schemaVersion?: number) => putRecord(kind, id, value, schemaVersion),
  deleteRecord: (kind: string, id: string) => deleteRecord(kind, id),
}));
vi.mock('../../ui/useVaultState', () => ({ useVaultState: () => vault.state }));
const { SafetyPlanScreen } = await import('./SafetyPlanScreen');

const savedPlan: SafetyPlan = {
  warningSigns: ['I stop answering messages'],
  copingAlone: [],
  distractions: [],
  helpers: [{ name: 'Rosa', phone: '555123', mayCallPolice: false }],
  services: [],
  saferSpace: [],
  reasons: ['my cat'],
  updatedAt: '2026-12-01T10:00:00.000Z',
};
const trustedContact = { name: 'Ana Quispe', role: 'friend', phone: '+51987654321', savedAt: '2026-11-01T10:00:00.000Z' };

function storeHolds(plan: SafetyPlan | undefined, keptDraft?: { id: string; value: unknown }) {
  getRecords.mockImplementation((kind) =>
    Promise.resolve({
      records:
        kind === safetyPlanDraftKind
          ? keptDraft
            ? [keptDraft]
            : []
          : kind === safetyPlanKind
            ? plan
              ? [{ id: 'plan-record', value: plan }]
              : []
            : kind === 'directory-contact'
              ? [{ id: 'contact-record', value: trustedContact }]
              : [],
      damaged: [],
    }),
  );
}

const main = () => document.body;

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}
const field = (name: string | RegExp) => screen.getByRole('textbox', { name });

describe('My safety plan', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vault.state = { status: 'unlocked', canUsePin: false, lastLockReason: undefined };
    getRecords.mockReset();
    putRecord.mockReset();
    deleteRecord.mockReset();
    deleteRecord.mockResolvedValue(undefined);
  });

  it('starts a plan, with typed words, a typed person and one picked from her trusted contacts, and saves it to the vault', async () => {
    storeHolds(undefined);
    const user = userEvent.setup();
    await renderWithProviders(<SafetyPlanScreen />, { path: '/plan' });
    // The emergency line is there before anything else, even with no country chosen, with the way to choose one.
    expect(await screen.findByText('In danger? Call your local emergency number.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the directory' })).toHaveAttribute('href', '/directory');
    await user.click(await screen.findByRole('button', { name: 'Make my plan' }));

    // The editor may wait a moment for the directory's words (its list of services).
    await user.type(
      await screen.findByRole('textbox', { name: '1. Signs that a hard moment is coming' }),
      'I stay in bed{Enter}I stop eating',
    );
    await user.type(field('7. What matters to me'), 'my daughter');
    expect(hasUnsavedDraft()).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    const typedPerson = screen.getByRole('group', { name: 'Person 1' });
    expect(within(typedPerson).getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.type(within(typedPerson).getByRole('textbox', { name: 'Name' }), 'Rosa');

    const picker = await screen.findByRole('combobox', { name: 'Pick from my trusted contacts' });
    await user.selectOptions(picker, 'Ana Quispe');
    await user.click(screen.getByRole('button', { name: 'Add to my plan' }));
    const picked = screen.getByRole('group', { name: 'Person 2' });
    expect(within(picked).getByRole('textbox', { name: 'Name' })).toHaveValue('Ana Quispe');
    expect(within(picked).getByRole('textbox', { name: /Phone number/ })).toHaveValue('+51987654321');
    expect(screen.getByText('Choose your country in the Directory to pick its services here.')).toBeInTheDocument();

    putRecord.mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Save my plan' }));
    expect(await screen.findByText('Your plan is saved.')).toBeInTheDocument();
    expect(putRecord).toHaveBeenCalledTimes(1);
    const [kind, id, value, schemaVersion] = putRecord.mock.calls[0] ?? [];
    expect(kind).toBe(safetyPlanKind);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(schemaVersion).toBe(1);
    expect(value).toMatchObject({
      warningSigns: ['I stay in bed', 'I stop eating'],
      helpers: [
        { name: 'Rosa', phone: '' },
        { name: 'Ana Quispe', phone: '+51987654321' },
      ],
      reasons: ['my daughter'],
    });
    expect(hasUnsavedDraft()).toBe(false);
    // Read back: each step under its heading, a number one tap away.
    expect(screen.getByRole('heading', { level: 2, name: '1. Signs that a hard moment is coming' })).toBeInTheDocument();
    expect(main()).toHaveTextContent('I stop eating');
    expect(screen.getByRole('link', { name: 'Call +51987654321' })).toHaveAttribute('href', 'tel:+51987654321');
    expect(screen.getByText('In danger? Call your local emergency number.')).toBeInTheDocument();
  });

  it('opens the saved plan to change it, and saves over the same record', async () => {
    storeHolds(savedPlan);
    const user = userEvent.setup();
    await renderWithProviders(<SafetyPlanScreen />, { path: '/plan' });
    expect(await screen.findByText('I stop answering messages')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change my plan' }));
    expect(field('1. Signs that a hard moment is coming')).toHaveValue('I stop answering messages');
    expect(within(screen.getByRole('group', { name: 'Person 1' })).getByRole('textbox', { name: 'Name' })).toHaveValue('Rosa');
    await user.click(screen.getByRole('button', { name: 'Remove Person 1' }));
    expect(screen.queryByRole('group', { name: 'Person 1' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add a person' })).toHaveFocus();
    await user.type(field('2. Things I can do on my own'), 'breathe slowly');
    putRecord.mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Save my plan' }));
    await screen.findByText('Your plan is saved.');
    expect(putRecord.mock.calls[0]?.[1]).toBe('plan-record');
    expect(putRecord.mock.calls[0]?.[2]).toMatchObject({ copingAlone: ['breathe slowly'], helpers: [], reasons: ['my cat'] });
  });

  it('says what to fix on bad input, and saves nothing until it is fixed; every word stays', async () => {
    storeHolds(undefined);
    const user = userEvent.setup();
    await renderWithProviders(<SafetyPlanScreen />, { path: '/plan' });
    await user.click(await screen.findByRole('button', { name: 'Make my plan' }));
    await user.type(field('3. People and places that take my mind off things'), 'the park by the sea');
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    const person = screen.getByRole('group', { name: 'Person 1' });
    await user.type(within(person).getByRole('textbox', { name: /Phone number/ }), 'call me');
    await user.click(screen.getByRole('button', { name: 'Save my plan' }));

    expect(putRecord).not.toHaveBeenCalled();
    expect(screen.getByText(/Some parts need a change/)).toBeInTheDocument();
    expect(within(person).getByText('Write a name for this number.')).toBeInTheDocument();
    expect(within(person).getByText(/Use only digits/)).toBeInTheDocument();
    expect(within(person).getByRole('textbox', { name: /Phone number/ })).toHaveAttribute('aria-invalid', 'true');
    expect(field('3. People and places that take my mind off things')).toHaveValue('the park by the sea');

    // Each message goes as soon as its cause is fixed.
    await user.type(within(person).getByRole('textbox', { name: 'Name' }), 'Ana');
    expect(within(person).queryByText('Write a name for this number.')).toBeNull();
    await user.clear(within(person).getByRole('textbox', { name: /Phone number/ }));
    await user.type(within(person).getByRole('textbox', { name: /Phone number/ }), '987 654 321');
    expect(screen.queryByText(/Some parts need a change/)).toBeNull();
    putRecord.mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Save my plan' }));
    await screen.findByText('Your plan is saved.');
    expect(putRecord.mock.calls[0]?.[2]).toMatchObject({ helpers: [{ name: 'Ana', phone: '987654321' }] });
  });

  it('keeps the draft when a save fails, says why, and saves it on the next try', async () => {
    storeHolds(undefined);
    const user = userEvent.setup();
    await renderWithProviders(<SafetyPlanScreen />, { path: '/plan' });
    await user.click(await screen.findByRole('button', { name: 'Make my plan' }));
    await user.type(field('6. Making my space safer'), 'give the pills to Rosa');
    putRecord.mockRejectedValueOnce(new VaultError('storage-full'));
    await user.click(screen.getByRole('button', { name: 'Save my plan' }));

    expect(await screen.findByText(/The phone’s storage is full, so the plan was not saved/)).toBeInTheDocument();
    expect(field('6. Making my space safer')).toHaveValue('give the pills to Rosa');
    expect(hasUnsavedDraft()).toBe(true);

    putRecord.mockResolvedValueOnce(undefined);
    await user.click(screen.getByRole('button', { name: 'Save my plan' }));
    await screen.findByText('Your plan is saved.');
    expect(putRecord).toHaveBeenCalledTimes(2);
    expect(main()).toHaveTextContent('give the pills to Rosa');
  });

  it('asks before leaving with changes, and leaving keeps the saved plan', async () => {
    storeHolds(savedPlan);
    const user = userEvent.setup();
    await renderWithProviders(<SafetyPlanScreen />, { path: '/plan' });
    await user.click(await screen.findByRole('button', { name: 'Change my plan' }));
    await user.type(field('7. What matters to me'), '{Enter}the sea');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(field('7. What matters to me')).toHaveValue('my cat\nthe sea');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByText('my cat')).toBeInTheDocument();
    expect(screen.queryByText('the sea')).toBeNull();
    expect(putRecord).not.toHaveBeenCalled();
  });

  it('copies the plan as plain text only when she taps Copy', async () => {
    storeHolds(savedPlan);
    // user-event puts its own clipboard on navigator; it starts empty.
    const user = userEvent.setup();
    await renderWithProviders(<SafetyPlanScreen />, { path: '/plan' });
    await screen.findByText('I stop answering messages');
    expect(await navigator.clipboard.readText()).toBe('');
    // No share sheet in this browser: no "Send" button that would only copy.
    expect(screen.queryByRole('button', { name: 'Send to my phone' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy the plan' }));
    expect(await navigator.clipboard.readText()).toBe(
      [
        'My safety plan',
        '1. Signs that a hard moment is coming\n- I stop answering messages',
        '4. People I can ask for help\n- Rosa: 555123',
        '7. What matters to me\n- my cat',
      ].join('\n\n'),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(/Copied/);
  });

  it("puts her country's emergency number at the top of the copy, saying what a call sends", async () => {
    storeHolds(savedPlan);
    await installTestPacks();
    updatePreferences({ country: 'PE' });
    const user = userEvent.setup();
    await renderWithProviders(<SafetyPlanScreen />, { path: '/plan' });
    await screen.findByText('I stop answering messages');
    await screen.findAllByRole('link', { name: /^Call 106/ });
    await user.click(screen.getByRole('button', { name: 'Copy the plan' }));
    expect(await navigator.clipboard.readText()).toMatch(/^My safety plan\nIn danger: call 106 \(Sends: ambulance\)\n\n1\. /);
    updatePreferences({ country: undefined });
  });

  it('keeps the police warning of a service picked from the directory, in the plan and in its copy', async () => {
    storeHolds(undefined);
    await installTestPacks();
    updatePreferences({ country: 'PE' });
    const user = userEvent.setup();
    await renderWithProviders(<SafetyPlanScreen />, { path: '/plan' });
    await user.click(await screen.findByRole('button', { name: 'Make my plan' }));
    const services = await screen.findByRole('combobox', { name: 'Pick from the directory' });
    await user.selectOptions(services, within(services).getByRole('option', { name: /^Línea 100/ }));
    await user.click(
      within(screen.getByRole('group', { name: '5. Services and professionals' })).getByRole('button', { name: 'Add to my plan' }),
    );
    putRecord.mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Save my plan' }));
    expect(await screen.findByText('Your plan is saved.')).toBeInTheDocument();
    expect(putRecord.mock.calls[0]?.[2]).toMatchObject({ services: [{ phone: '100', mayCallPolice: true }] });
    const step = screen.getByRole('region', { name: '5. Services and professionals' });
    expect(within(step).getByText('May send or call the police')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy the plan' }));
    expect(await navigator.clipboard.readText()).toMatch(/- Línea 100.*: 100 \(May send or call the police\)$/m);
    updatePreferences({ country: undefined });
  });

  it("lists her province's services first, then national ones, other provinces' last, and lets her change the province", async () => {
    storeHolds(undefined);
    await installTestPacks();
    updatePreferences({ country: 'CA', subdivision: 'CA-BC' });
    const user = userEvent.setup();
    await renderWithProviders(<SafetyPlanScreen />, { path: '/plan' });
    await user.click(await screen.findByRole('button', { name: 'Make my plan' }));
    const services = await screen.findByRole('combobox', { name: 'Pick from the directory' });
    const names = () =>
      within(services)
        .getAllByRole('option')
        .slice(1)
        .map((option) => option.textContent);
    const isQuebec = (name: string) => name.includes('(Québec)');
    const isBritishColumbia = (name: string) => name.includes('British Columbia)');
    expect(names()[0]).toMatch(/^1-800-SUICIDE.*\(British Columbia\)/);
    const firstQuebec = names().findIndex(isQuebec);
    expect(firstQuebec).toBeGreaterThan(names().findLastIndex(isBritishColumbia));
    expect(firstQuebec).toBeGreaterThan(names().findIndex((name) => name.startsWith('9-8-8')));
    // Where she is comes first: even a national line that may bring the police is before another province's.
    expect(names().findIndex((name) => name.startsWith('National Overdose'))).toBeLessThan(firstQuebec);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Your region' }), 'CA-QC');
    expect(names()[0]).toMatch(/^1-866-APPELLE.*\(Québec\)/);
    expect(names().findIndex(isBritishColumbia)).toBeGreaterThan(names().findLastIndex(isQuebec));
    updatePreferences({ country: undefined, subdivision: undefined });
  });

  it('keeps an unsaved draft, encrypted, when the page is hidden, and offers it back after a lock until saved', async () => {
    storeHolds(savedPlan);
    const user = userEvent.setup();
    const first = await renderWithProviders(<SafetyPlanScreen />, { path: '/plan' });
    await user.click(await screen.findByRole('button', { name: 'Change my plan' }));
    await user.type(await screen.findByRole('textbox', { name: '7. What matters to me' }), '{End}{Enter}the sea');
    putRecord.mockResolvedValue(undefined);
    // She switches to her contacts app: the page is hidden, the key still in memory.
    setVisibility('hidden');
    await vi.waitFor(() => expect(putRecord).toHaveBeenCalledTimes(1));
    const [kind, id, kept] = putRecord.mock.calls[0] ?? [];
    expect(kind).toBe(safetyPlanDraftKind);
    expect(kept).toMatchObject({ reasons: 'my cat\nthe sea', helpers: [{ name: 'Rosa', phone: '555123', mayCallPolice: false }] });
    setVisibility('visible');

    // The lock takes the editor away; after unlocking, the plan opens with the offer.
    first.unmount();
    storeHolds(savedPlan, { id: String(id), value: kept });
    await renderWithProviders(<SafetyPlanScreen />, { path: '/plan' });
    expect(await screen.findByRole('heading', { name: 'Changes you had not saved' })).toBeInTheDocument();
    expect(hasUnsavedDraft()).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    expect(await screen.findByRole('textbox', { name: '7. What matters to me' })).toHaveValue('my cat\nthe sea');
    expect(hasUnsavedDraft()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Save my plan' }));
    expect(await screen.findByText('Your plan is saved.')).toBeInTheDocument();
    expect(putRecord.mock.calls.at(-1)?.[2]).toMatchObject({ reasons: ['my cat', 'the sea'] });
    expect(deleteRecord).toHaveBeenCalledWith(safetyPlanDraftKind, id);
    expect(screen.queryByRole('heading', { name: 'Changes you had not saved' })).toBeNull();
  });

  it('keeps an unsaved draft a moment after she stops typing, with the page still on screen (the idle lock may come next)', async () => {
    storeHolds(savedPlan);
    const user = userEvent.setup();
    await renderWithProviders(<SafetyPlanScreen />, { path: '/plan' });
    await user.click(await screen.findByRole('button', { name: 'Change my plan' }));
    putRecord.mockResolvedValue(undefined);
    await user.type(await screen.findByRole('textbox', { name: '7. What matters to me' }), '{End}{Enter}the sea');
    expect(putRecord).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(putRecord).toHaveBeenCalledTimes(1), { timeout: keepDraftAfterMs + 2_000 });
    expect(putRecord.mock.calls[0]?.[0]).toBe(safetyPlanDraftKind);
    expect(putRecord.mock.calls[0]?.[2]).toMatchObject({ reasons: 'my cat\nthe sea' });
  });

  it('keeps nothing when hidden without changes, and discarding a kept draft deletes it', async () => {
    storeHolds(savedPlan, {
      id: 'kept-draft',
      value: { ...draftRecordOf(draftFrom(savedPlan)), reasons: 'my cat\nmy sister' },
    });
    const user = userEvent.setup();
    await renderWithProviders(<SafetyPlanScreen />, { path: '/plan' });
    await user.click(await screen.findByRole('button', { name: 'Discard these changes' }));
    expect(deleteRecord).toHaveBeenCalledWith(safetyPlanDraftKind, 'kept-draft');
    expect(screen.queryByRole('heading', { name: 'Changes you had not saved' })).toBeNull();
    expect(main()).not.toHaveTextContent('my sister');
    await user.click(screen.getByRole('button', { name: 'Change my plan' }));
    await screen.findByRole('textbox', { name: '7. What matters to me' });
    setVisibility('hidden');
    setVisibility('visible');
    expect(putRecord).not.toHaveBeenCalled();
  });

  it('shows the unlock screen, with the emergency line, while the vault is locked', async () => {
    vault.state = { status: 'locked', canUsePin: false, lastLockReason: 'manual' };
    storeHolds(savedPlan);
    await renderWithProviders(<SafetyPlanScreen />, { path: '/plan' });
    expect(await screen.findByText('In danger? Call your local emergency number.')).toBeInTheDocument();
    expect(screen.queryByText('I stop answering messages')).toBeNull();
    expect(getRecords).not.toHaveBeenCalledWith(safetyPlanKind);
  });
});
