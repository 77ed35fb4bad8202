import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { sealShortCode } from '../../vault/shortCode';
import { resetSafetySettingsCache, safetyStorageKey, updateSafetySettings } from '../safety/safetySettings';
import { ReminderSettings } from './ReminderSettings';
import { forgetReminderSettings, getReminderSettings, reminderStorageKey } from './reminderSettings';

/** A stand-in for the browser's Notification: its permission, and what asking answers. */
function fakeNotification(permission: NotificationPermission, answer: NotificationPermission) {
  const requestPermission = vi.fn(() => Promise.resolve(answer));
  vi.stubGlobal('Notification', { permission, requestPermission });
  return requestPermission;
}

function Settings() {
  return (
    <div>
      <h1>Settings</h1>
      <ReminderSettings />
    </div>
  );
}

describe('the reminder setting', { timeout: 20_000 }, () => {
  beforeEach(() => {
    localStorage.removeItem(reminderStorageKey);
    forgetReminderSettings();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.removeItem(safetyStorageKey);
    resetSafetySettingsCache();
  });

  it('says the phone shows where a notification comes from, which the app cannot change', async () => {
    fakeNotification('default', 'granted');
    await renderWithProviders(<Settings />);
    expect(screen.getByRole('checkbox')).toHaveAccessibleDescription(/the app cannot change that: this site’s address/);
    // It must read what is due, so it is honest that nothing comes while the app is closed or locked.
    expect(screen.getByRole('checkbox')).toHaveAccessibleDescription(
      /only works while you are using Compañera with your journal unlocked.*a minute after you leave the app.*then no reminder comes/,
    );
    expect(screen.queryByText(/The disguise is on/)).not.toBeInTheDocument();
  });

  it('with the disguise on, warns next to the switch and again on turning it on that the name or address may show', async () => {
    const user = userEvent.setup();
    fakeNotification('default', 'granted');
    updateSafetySettings({ isDisguised: true, disguiseCodeSeal: await sealShortCode('0427') });
    await renderWithProviders(<Settings />);
    const warning = 'The disguise is on, but a notification may still show “Compañera” or this site’s address.';
    const toggle = screen.getByRole('checkbox', { name: 'Remind me when a next contact is due' });
    expect(toggle).toHaveAccessibleDescription(expect.stringContaining(warning));
    await user.click(toggle);
    expect(await screen.findByRole('status')).toHaveTextContent(`Reminders are on. ${warning}`);
  });

  it('is off by default and asks nothing until she turns it on', async () => {
    const requestPermission = fakeNotification('default', 'granted');
    await renderWithProviders(<Settings />);
    expect(screen.getByRole('checkbox', { name: 'Remind me when a next contact is due' })).not.toBeChecked();
    expect(requestPermission).not.toHaveBeenCalled();
  });

  it('asks for permission when turned on; granted, it is on', async () => {
    const user = userEvent.setup();
    const requestPermission = fakeNotification('default', 'granted');
    await renderWithProviders(<Settings />);
    await user.click(screen.getByRole('checkbox', { name: 'Remind me when a next contact is due' }));
    expect(requestPermission).toHaveBeenCalledOnce();
    expect(await screen.findByText('Reminders are on.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox')).toBeChecked();
    expect(getReminderSettings()).toEqual({ isOn: true });
    expect(JSON.parse(localStorage.getItem(reminderStorageKey) ?? '{}')).toEqual({ isOn: true });

    await user.click(screen.getByRole('checkbox'));
    expect(getReminderSettings()).toEqual({ isOn: false });
  });

  it('denied, it stays off and says why and where to change it', async () => {
    const user = userEvent.setup();
    fakeNotification('default', 'denied');
    await renderWithProviders(<Settings />);
    await user.click(screen.getByRole('checkbox', { name: 'Remind me when a next contact is due' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Notifications are blocked for this app.*allow notifications/);
    expect(screen.getByRole('checkbox')).not.toBeChecked();
    expect(getReminderSettings()).toEqual({ isOn: false });
  });

  it('already blocked, it does not ask again and explains', async () => {
    const user = userEvent.setup();
    const requestPermission = fakeNotification('denied', 'denied');
    await renderWithProviders(<Settings />);
    await user.click(screen.getByRole('checkbox', { name: 'Remind me when a next contact is due' }));
    expect(requestPermission).not.toHaveBeenCalled();
    expect(await screen.findByRole('alert')).toHaveTextContent('Notifications are blocked');
  });

  it('without notifications in this browser, it says so', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('Notification', undefined);
    await renderWithProviders(<Settings />);
    await user.click(screen.getByRole('checkbox', { name: 'Remind me when a next contact is due' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This browser cannot show notifications.');
  });
});
