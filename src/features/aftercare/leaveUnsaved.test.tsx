import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import type * as VaultModule from '../../vault';
import type { VaultState } from '../../vault';
import { hasUnsavedDraft } from '../../ui/unsavedDraft';

const vault: { state: VaultState } = { state: { status: 'unlocked', canUsePin: false, lastLockReason: undefined } };
vi.mock('../../vault', async (importOriginal) => ({
  ...(await importOriginal<typeof VaultModule>()),
  putRecord: vi.fn(() => Promise.resolve()),
}));
vi.mock('../../ui/useVaultState', () => ({ useVaultState: () => vault.state }));
const { DebriefEditor } = await import('./DebriefEditor');
const { FollowUpEditor } = await import('./FollowUpEditor');

describe('leaving an editor with unsaved text', { timeout: 20_000 }, () => {
  it('debrief: Back with typed words asks first; keep writing keeps them, leave goes back', async () => {
    const user = userEvent.setup();
    const onBack = vi.fn();
    await renderWithProviders(<DebriefEditor onSaved={() => undefined} onBack={onBack} />);
    await user.type(screen.getByRole('textbox', { name: 'What went well?' }), 'I stayed calm');
    expect(hasUnsavedDraft()).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Back to the summary' }));
    expect(onBack).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('What you typed is not saved. Leave without saving it?');
    expect(screen.getByRole('button', { name: 'Keep writing' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Keep writing' }));
    expect(screen.getByRole('textbox', { name: 'What went well?' })).toHaveValue('I stayed calm');
    await user.click(screen.getByRole('button', { name: 'Back to the summary' }));
    await user.click(screen.getByRole('button', { name: 'Leave without saving' }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('debrief: Back with nothing typed goes straight back', async () => {
    const user = userEvent.setup();
    const onBack = vi.fn();
    await renderWithProviders(<DebriefEditor onSaved={() => undefined} onBack={onBack} />);
    await user.click(screen.getByRole('button', { name: 'Back to the summary' }));
    expect(onBack).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('next contact: Back with a typed name asks first; without one it goes straight back', async () => {
    const user = userEvent.setup();
    const onBack = vi.fn();
    const { unmount } = await renderWithProviders(<FollowUpEditor onSaved={() => undefined} onBack={onBack} />);
    await user.type(screen.getByRole('textbox', { name: 'Who' }), 'Rosa');
    await user.click(screen.getByRole('button', { name: 'Back to the summary' }));
    expect(onBack).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Leave without saving' }));
    expect(onBack).toHaveBeenCalledOnce();
    unmount();

    const onBackEmpty = vi.fn();
    await renderWithProviders(<FollowUpEditor onSaved={() => undefined} onBack={onBackEmpty} />);
    await user.click(screen.getByRole('button', { name: 'Back to the summary' }));
    expect(onBackEmpty).toHaveBeenCalledOnce();
  });
});
