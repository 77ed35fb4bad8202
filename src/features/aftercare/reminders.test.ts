import i18next from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { supportedLanguages } from '../../i18n/languages';
import { applyDisguise } from '../safety/disguise';
import { hasComeDue, type StoredFollowUp } from './followUps';
import {
  closeReminders,
  followVault,
  messageInLanguage,
  remindOfDueFollowUps,
  reminderTag,
  type ReminderDeps,
  type ReminderMessage,
  type ReminderWorker,
} from './reminders';

// Words only the planted follow-ups hold: none may reach a notification, which anyone can see.
const personalWords = ['Marisol-QZ7', 'Lucía', 'Ana'];
const appName = /compa[ñn]era/i;
const now = new Date(2026, 11, 3, 12, 0);

const planted: StoredFollowUp[] = [
  { id: 'f1', who: 'Marisol-QZ7', due: '2026-12-02', how: 'visit', createdAt: '2026-12-01T10:00:00.000Z' },
  { id: 'f2', who: 'Lucía', due: '2026-12-03', time: '11:00', how: 'call', createdAt: '2026-12-01T10:00:00.000Z' },
  { id: 'f3', who: 'Ana', due: '2026-12-09', how: 'message', createdAt: '2026-12-01T10:00:00.000Z' },
];

/** Deps over an in-memory list, keeping every notification shown. */
function fakeDeps(shown: ReminderMessage[], list: StoredFollowUp[] = planted.map((item) => ({ ...item }))): ReminderDeps {
  return {
    now: () => now,
    load: () => Promise.resolve(list),
    markReminded: (items, at) => {
      for (const item of items) {
        const stored = list.find((candidate) => candidate.id === item.id);
        if (stored) stored.remindedAt = at.toISOString();
      }
      return Promise.resolve();
    },
    show: (message) => {
      shown.push(message);
      return Promise.resolve();
    },
    message: messageInLanguage,
    canRemind: () => true,
  };
}

function addIconLinks() {
  document.head.innerHTML = '<link rel="icon" href="/icons/icon-192.png"><link rel="manifest" href="/manifest.webmanifest">';
}

beforeAll(async () => {
  addIconLinks();
  if (!i18next.isInitialized) await initI18n('es');
});

describe('the reminder', () => {
  it.each(supportedLanguages)('in %s, says only that there is a reminder: no name, no situation, no app name', async (language) => {
    await i18next.changeLanguage(language);
    const shown: ReminderMessage[] = [];
    expect(await remindOfDueFollowUps(fakeDeps(shown))).toBe(2);
    expect(shown).toHaveLength(1);
    const text = JSON.stringify(shown[0]);
    for (const word of personalWords) expect(text).not.toContain(word);
    for (const situation of ['call', 'visit', 'message', 'suicid', 'crisis', 'crisi']) expect(text.toLowerCase()).not.toContain(situation);
    expect(text).not.toMatch(appName);
    expect(shown[0]?.title).toBe(i18next.getFixedT(language, 'aftercare')('reminder.title'));
    expect(shown[0]?.title).not.toBe('reminder.title');
  });

  it('under the disguise, carries the disguise’s icon and still no app name', async () => {
    await i18next.changeLanguage('fr');
    applyDisguise(true, 'fr', 'Calculatrice');
    try {
      const shown: ReminderMessage[] = [];
      await remindOfDueFollowUps(fakeDeps(shown));
      expect(shown[0]?.options.icon).toBe('/disguise/icon-192.png');
      const text = JSON.stringify(shown[0]);
      expect(text).not.toMatch(appName);
      for (const word of personalWords) expect(text).not.toContain(word);
    } finally {
      applyDisguise(false, 'fr', 'Calculatrice');
    }
  });

  it('reminds once for each due follow-up, and again only for one newly due', async () => {
    const shown: ReminderMessage[] = [];
    const list = planted.map((item) => ({ ...item }));
    const deps = fakeDeps(shown, list);
    expect(await remindOfDueFollowUps(deps)).toBe(2);
    expect(await remindOfDueFollowUps(deps)).toBe(0);
    expect(shown).toHaveLength(1);
    expect(list.filter((item) => item.remindedAt).map((item) => item.id)).toEqual(['f1', 'f2']);
    // A week on, the third comes due: one more reminder, for it alone.
    const later = { ...deps, now: () => new Date(2026, 11, 9, 9, 0) };
    expect(list.filter((item) => hasComeDue(item, later.now()) && !item.remindedAt)).toHaveLength(1);
    expect(await remindOfDueFollowUps(later)).toBe(1);
    expect(shown).toHaveLength(2);
  });

  it('does nothing when it may not remind (off, no permission, or the vault locked)', async () => {
    const shown: ReminderMessage[] = [];
    expect(await remindOfDueFollowUps({ ...fakeDeps(shown), canRemind: () => false })).toBe(0);
    expect(shown).toEqual([]);
  });
});

describe("the app's own reminder check", () => {
  it('reads nothing and shows nothing while the vault is locked, even with reminders on and allowed', async () => {
    const { setRemindersOn } = await import('./reminderSettings');
    const construct = vi.fn();
    vi.stubGlobal('Notification', Object.assign(construct, { permission: 'granted' }));
    setRemindersOn(true);
    try {
      expect(await remindOfDueFollowUps()).toBe(0);
      expect(construct).not.toHaveBeenCalled();
    } finally {
      setRemindersOn(false);
      vi.unstubAllGlobals();
    }
  });
});

describe('closing a reminder once she has seen the list, or has locked', () => {
  /** A registration holding notifications, some of them reminders, each with its own close spy. */
  function fakeWorker(tags: string[]) {
    const showing = tags.map((tag) => ({ tag, close: vi.fn() }));
    const getNotifications = vi.fn((filter?: GetNotificationOptions) =>
      Promise.resolve(showing.filter((item) => filter?.tag === undefined || item.tag === filter.tag) as unknown as Notification[]),
    );
    const worker: ReminderWorker = { getRegistration: () => Promise.resolve({ getNotifications }) };
    return { worker, showing, getNotifications };
  }

  it('closes every notification with the reminder tag, and only those', async () => {
    const { worker, showing, getNotifications } = fakeWorker([reminderTag, 'other', reminderTag]);
    await closeReminders(worker);
    expect(getNotifications).toHaveBeenCalledWith({ tag: reminderTag });
    expect(showing.map((item) => item.close.mock.calls.length)).toEqual([1, 0, 1]);
  });

  it('does nothing, and does not fail, in a browser without service workers or without getNotifications', async () => {
    await expect(closeReminders(null)).resolves.toBeUndefined();
    const withoutList = { getRegistration: () => Promise.resolve({} as Pick<ServiceWorkerRegistration, 'getNotifications'>) };
    await expect(closeReminders(withoutList)).resolves.toBeUndefined();
    await expect(closeReminders({ getRegistration: () => Promise.resolve(undefined) })).resolves.toBeUndefined();
    await expect(closeReminders({ getRegistration: () => Promise.reject(new Error('insecure')) })).resolves.toBeUndefined();
  });

  it('closes them when the vault locks, and looks for what came due when it opens', () => {
    const deps = { check: vi.fn(), close: vi.fn(() => Promise.resolve()) };
    followVault('locked', deps);
    expect(deps.close).toHaveBeenCalledTimes(1);
    expect(deps.check).not.toHaveBeenCalled();
    followVault('unlocked', deps);
    expect(deps.check).toHaveBeenCalledTimes(1);
    expect(deps.close).toHaveBeenCalledTimes(1);
  });
});
