import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { reminderMessage } from './reminders';

// The service worker's click handler is a plain script in public/; run it against a stand-in `self`.
const handlerSource = readFileSync(join(import.meta.dirname, '../../../public/notification-click.js'), 'utf8');

type WindowClient = { focus: () => Promise<unknown> };

function workerWith(windows: WindowClient[]) {
  const listeners = new Map<string, (event: unknown) => void>();
  const clients = {
    matchAll: vi.fn(() => Promise.resolve(windows)),
    openWindow: vi.fn(() => Promise.resolve(null)),
  };
  const self = { clients, addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener) };
  runInNewContext(handlerSource, { self });
  /** Clicks a notification with this tag; resolves once the handler's work is done. */
  const click = async (tag: string) => {
    const close = vi.fn();
    let work: Promise<unknown> = Promise.resolve();
    listeners.get('notificationclick')?.({
      notification: { tag, close },
      waitUntil: (promise: Promise<unknown>) => {
        work = promise;
      },
    });
    await work;
    return close;
  };
  return { clients, click };
}

const reminderTag = reminderMessage(() => 'x', '/icon.png').options.tag ?? '';

describe('tapping the reminder', () => {
  it('closes it and brings an open window of the app to the front', async () => {
    const open: WindowClient = { focus: vi.fn(() => Promise.resolve(open)) };
    const { clients, click } = workerWith([open]);
    const close = await click(reminderTag);
    expect(close).toHaveBeenCalledOnce();
    expect(open.focus).toHaveBeenCalledOnce();
    expect(clients.openWindow).not.toHaveBeenCalled();
  });

  it('with no window open, opens the app at its start (the calculator first while disguised)', async () => {
    const { clients, click } = workerWith([]);
    const close = await click(reminderTag);
    expect(close).toHaveBeenCalledOnce();
    expect(clients.openWindow).toHaveBeenCalledWith('/');
  });

  it('leaves any other notification alone', async () => {
    const { clients, click } = workerWith([]);
    const close = await click('something-else');
    expect(close).not.toHaveBeenCalled();
    expect(clients.matchAll).not.toHaveBeenCalled();
  });
});
