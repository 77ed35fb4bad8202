/*
 * The app's other open tabs (BroadcastChannel: same origin and same browser profile only). Lock,
 * quick exit and "Delete all my data" must act in every tab, not only in the one where the person
 * tapped: a second tab would otherwise keep showing what the first one just hid. No personal data
 * ever goes through this channel, only which of these things happened.
 */
export type TabMessage = { kind: 'lock' } | { kind: 'quick-exit' } | { kind: 'wipe-started' };

const channelName = 'companera.tabs.v1';
const kinds = new Set<string>(['lock', 'quick-exit', 'wipe-started']);
let channel: BroadcastChannel | null | undefined;

function openChannel(): BroadcastChannel | undefined {
  if (channel === undefined) channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
  return channel ?? undefined;
}

export function tellOtherTabs(message: TabMessage): void {
  try {
    openChannel()?.postMessage(message);
  } catch {
    // A closed or unsupported channel: this tab still does its part.
  }
}

function isTabMessage(data: unknown): data is TabMessage {
  return typeof data === 'object' && data !== null && kinds.has(String((data as { kind?: unknown }).kind));
}

export function onOtherTabMessage(listener: (message: TabMessage) => void): void {
  openChannel()?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (isTabMessage(event.data)) listener(event.data);
  });
}
