import '../../zodSetup';
import * as z from 'zod/mini';
import { createLazyStore, type ReadonlyStore } from '../../lib/store';

/*
 * Whether she wants a reminder when a follow-up comes due. A device setting, off by default, kept
 * in localStorage like the disguise: it says nothing about anyone, only that reminders are on.
 */
export const reminderStorageKey = 'companera.reminders.v1';

const ReminderSettingsSchema = z.object({ isOn: z.boolean() });
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;

function read(): ReminderSettings {
  try {
    const parsed = z.safeParse(ReminderSettingsSchema, JSON.parse(localStorage.getItem(reminderStorageKey) ?? 'null'));
    return parsed.success ? parsed.data : { isOn: false };
  } catch {
    return { isOn: false };
  }
}

const store = createLazyStore(read);
export const reminderSettingsStore: ReadonlyStore<ReminderSettings> = store;
export const getReminderSettings = store.get;

/** Saves the choice; throws (and keeps the previous one) when storage refuses it. */
export function setRemindersOn(isOn: boolean): void {
  localStorage.setItem(reminderStorageKey, JSON.stringify({ isOn }));
  store.set({ isOn });
}

/** The browser's answer about notifications, or "unsupported" where it has none (iOS outside an installed app). */
export type NotificationAnswer = NotificationPermission | 'unsupported';

export function notificationAnswer(): NotificationAnswer {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Tests: read the stored choice again. */
export const forgetReminderSettings = store.forget;
