import i18next from 'i18next';
import { isUnlocked, subscribeToVault, type VaultStatus } from '../../vault';
import { hasComeDue, loadFollowUps, markReminded, type StoredFollowUp } from './followUps';
import { getReminderSettings, notificationAnswer } from './reminderSettings';

/*
 * The optional reminder: a local notification shown by this page, never a push, never a server.
 * Anyone may see a phone's notifications, so its words are always the same neutral two lines in
 * her language ("Reminder" / "You have a reminder."): never a name, a situation, how many, nor the
 * app's name. Its icon is the one the page shows now, which is the calculator's while the disguise
 * is on (safety's applyDisguise swaps the page's icon link). What the app cannot control: the
 * browser or the phone adds where the notification comes from, the site's address or, once
 * installed, the name it was installed with ("Compañera" if that was before the disguise). The
 * setting says so, and warns again while the disguise is on.
 */

export type ReminderMessage = { title: string; options: NotificationOptions };

/** Every reminder carries this tag: a new one replaces the last, and closing finds them all. */
export const reminderTag = 'reminder';

/** What the browser picks the icon from: the page's own icon link, as the disguise left it. */
export function currentIconHref(doc: Document = document): string {
  return doc.querySelector('link[rel="icon"]')?.getAttribute('href') ?? '/icons/icon-192.png';
}

type Translate = (key: 'reminder.title' | 'reminder.body') => string;

export function reminderMessage(translate: Translate, iconHref: string): ReminderMessage {
  return {
    title: translate('reminder.title'),
    // A fixed tag: a second reminder replaces the first rather than piling up a visible count.
    options: { body: translate('reminder.body'), icon: iconHref, tag: reminderTag, silent: false },
  };
}

// A reminder shown from the page itself (no service worker), so closing can reach it too.
let pageReminder: Notification | undefined;

async function showNotification(message: ReminderMessage): Promise<void> {
  // Through the service worker where there is one (Android shows only those), else from the page.
  // `serviceWorker` is missing outside secure contexts, whatever the DOM types say.
  const worker = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  const registration = await worker?.getRegistration().catch(() => undefined);
  if (registration) await registration.showNotification(message.title, message.options);
  else pageReminder = new Notification(message.title, message.options);
}

/** Only what closing needs of navigator.serviceWorker, so a test can hand in a fake. */
export type ReminderWorker = { getRegistration: () => Promise<Pick<ServiceWorkerRegistration, 'getNotifications'> | undefined> };

/**
 * Closes every reminder still showing: once she has seen Home's list, or has locked, a reminder
 * must not stay on her lock screen for anyone to see. Browsers without service workers or without
 * getNotifications have nothing this page can reach, except a reminder it showed itself.
 * getRegistration, not `ready`: `ready` never settles on a page with no service worker.
 */
/** The page's service worker container; null outside secure contexts, whatever the DOM types say. */
function pageWorker(): ReminderWorker | null {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  return container ?? null;
}

export async function closeReminders(worker: ReminderWorker | null = pageWorker()): Promise<void> {
  pageReminder?.close();
  pageReminder = undefined;
  const registration = await worker?.getRegistration().catch(() => undefined);
  // Older Safari has registrations but no getNotifications, whatever the DOM types say.
  if (typeof registration?.getNotifications !== 'function') return;
  const showing = await registration.getNotifications({ tag: reminderTag }).catch(() => []);
  for (const notification of showing) notification.close();
}

export type ReminderDeps = {
  now: () => Date;
  load: () => Promise<StoredFollowUp[]>;
  markReminded: (followUps: readonly StoredFollowUp[], now: Date) => Promise<void>;
  show: (message: ReminderMessage) => Promise<void>;
  message: () => Promise<ReminderMessage>;
  canRemind: () => boolean;
};

/** The reminder in her language now, with the icon the page shows now. */
export async function messageInLanguage(): Promise<ReminderMessage> {
  await i18next.loadNamespaces('aftercare');
  const t = i18next.getFixedT(null, 'aftercare');
  return reminderMessage((key) => t(key), currentIconHref());
}

const appDeps: ReminderDeps = {
  now: () => new Date(),
  load: async () => (await loadFollowUps()).followUps,
  markReminded,
  show: showNotification,
  message: messageInLanguage,
  // Only with reminders on, the browser's permission, and the vault open: a locked vault cannot read what is due.
  canRemind: () => getReminderSettings().isOn && notificationAnswer() === 'granted' && isUnlocked(),
};

/**
 * Tells her once about follow-ups that have come due and were not reminded yet: one neutral
 * notification for all of them, then each is marked reminded in the vault (never in plain storage).
 * Returns how many it reminded of.
 */
export async function remindOfDueFollowUps(deps: ReminderDeps = appDeps): Promise<number> {
  if (!deps.canRemind()) return 0;
  const now = deps.now();
  const due = (await deps.load()).filter((followUp) => followUp.remindedAt === undefined && hasComeDue(followUp, now));
  if (due.length === 0) return 0;
  await deps.show(await deps.message());
  await deps.markReminded(due, now);
  return due.length;
}

export const reminderCheckEveryMs = 60_000;
let isWatching = false;
let running: Promise<unknown> | undefined;

function check(): void {
  // One check at a time, so two triggers together never remind twice.
  running ??= remindOfDueFollowUps()
    .catch(() => 0)
    .finally(() => (running = undefined));
}

/** Open: look for what came due. Locked (or gone): no reminder stays on screen saying there is something to see. */
export function followVault(
  status: VaultStatus,
  deps: { check: () => void; close: () => Promise<void> } = { check, close: closeReminders },
): void {
  if (status === 'unlocked') deps.check();
  else void deps.close().catch(() => undefined);
}

/**
 * Starts checking, once per page: now, whenever the page becomes visible or the vault opens, and
 * every minute. Each check does nothing unless reminders are on and the vault is open.
 */
export function startReminderWatch(): void {
  if (isWatching) return;
  isWatching = true;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  subscribeToVault((state) => followVault(state.status));
  setInterval(check, reminderCheckEveryMs);
  check();
}
