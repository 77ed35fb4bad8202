/*
 * The only code in the app that touches the network. It downloads content-pack files from the
 * sources the person configured and nothing else: no cookies, no referrer, no redirects to
 * elsewhere, never more bytes than the caller allows, and never waits forever.
 */

export type DownloadOptions = {
  /** Read at most this many bytes; one byte more means the file is longer than allowed. */
  maxBytes: number;
  /** Give up when no byte has arrived for this long (a stalled connection on 2G). */
  stallTimeoutMs: number;
  signal?: AbortSignal;
  onBytes?: (receivedSoFar: number) => void;
};

/** Why a download failed, so the person can be told the real cause. */
export type DownloadFailure = 'offline' | 'not-found' | 'refused' | 'server-error' | 'stalled' | 'dropped' | 'cancelled';

export class DownloadError extends Error {
  constructor(
    message: string,
    /** Worth trying again: a timeout, a dropped connection, a server error. Not a 404. */
    readonly isTransient: boolean,
    readonly failure: DownloadFailure = 'dropped',
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

/**
 * Returns the body, cut at maxBytes + 1 bytes so the caller can tell "too long" from "just right"
 * without ever holding an endless response in memory.
 */
export async function downloadBytes(url: string, options: DownloadOptions): Promise<Uint8Array> {
  const controller = new AbortController();
  const abortFromCaller = () => controller.abort();
  options.signal?.addEventListener('abort', abortFromCaller);
  let stallTimer: ReturnType<typeof setTimeout> | undefined;
  // An object, so TypeScript sees that the timer callback can change it.
  const stall = { hasHappened: false };
  const armStallTimer = () => {
    clearTimeout(stallTimer);
    stallTimer = setTimeout(() => {
      stall.hasHappened = true;
      controller.abort();
    }, options.stallTimeoutMs);
  };

  try {
    armStallTimer();
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        cache: 'no-cache',
        credentials: 'omit',
        redirect: 'error',
        referrerPolicy: 'no-referrer',
      });
    } catch {
      if (stall.hasHappened) throw new DownloadError('the server did not answer in time', true, 'stalled');
      if (options.signal?.aborted) throw new DownloadError('the download was cancelled', false, 'cancelled');
      // fetch says no more than "failed": with no network it is the phone; otherwise the host
      // refused the connection, has no certificate we accept, or tried to redirect elsewhere.
      if (typeof navigator !== 'undefined' && !navigator.onLine) throw new DownloadError('the phone is offline', true, 'offline');
      throw new DownloadError('the server could not be reached or refused the connection', true, 'refused');
    }
    if (!response.ok) {
      const status = response.status;
      const failure: DownloadFailure = status === 404 || status === 410 ? 'not-found' : status >= 500 ? 'server-error' : 'refused';
      throw new DownloadError(`the server answered ${status}`, status >= 500 || status === 429 || status === 408, failure);
    }
    if (!response.body) return new Uint8Array(await response.arrayBuffer()).subarray(0, options.maxBytes + 1);

    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    try {
      for (;;) {
        armStallTimer();
        const { done, value } = await reader.read();
        if (done) break;
        const room = options.maxBytes + 1 - received;
        chunks.push(value.length > room ? value.subarray(0, room) : value);
        received += Math.min(value.length, room);
        options.onBytes?.(received);
        if (received > options.maxBytes) {
          await reader.cancel();
          break;
        }
      }
    } catch {
      if (stall.hasHappened) throw new DownloadError('the download stopped arriving', true, 'stalled');
      throw new DownloadError('the connection dropped during the download', true, 'dropped');
    }
    const body = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.length;
    }
    return body;
  } finally {
    clearTimeout(stallTimer);
    options.signal?.removeEventListener('abort', abortFromCaller);
  }
}

export type RetryOptions = { attempts: number; firstDelayMs: number; sleep?: (ms: number) => Promise<void> };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Tries again after transient failures, waiting twice as long each time (1 s, 2 s, 4 s, ...). */
export async function withRetry<T>(attempt: () => Promise<T>, { attempts, firstDelayMs, sleep = defaultSleep }: RetryOptions): Promise<T> {
  let delay = firstDelayMs;
  for (let tried = 1; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      const isTransient = error instanceof DownloadError && error.isTransient;
      if (!isTransient || tried >= attempts) throw error;
      await sleep(delay);
      delay *= 2;
    }
  }
}
