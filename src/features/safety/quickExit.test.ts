import { afterEach, describe, expect, it, vi } from 'vitest';
import { onLockRequested, type LockReason } from '../../vault/lockSignal';
import { performQuickExit } from './quickExit';
import { hasQuickExited } from './session';

describe('performQuickExit', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    sessionStorage.clear();
    document.querySelector('.quick-exit-cover')?.remove();
  });

  function stubNavigation(isOnline: boolean) {
    const replace = vi.fn();
    vi.stubGlobal('location', { replace });
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(isOnline);
    return replace;
  }

  it('covers the screen, asks the vault to lock and replaces the page with the neutral website', () => {
    const reasons: LockReason[] = [];
    const stop = onLockRequested((reason) => reasons.push(reason));
    const replace = stubNavigation(true);
    document.body.innerHTML = '<div id="root">journal text</div>';

    performQuickExit();
    stop();

    expect(reasons).toEqual(['quick-exit']);
    expect(replace).toHaveBeenCalledWith('https://weather.com/');
    expect(document.getElementById('root')?.hidden).toBe(true);
    expect(document.querySelector('.quick-exit-cover')).not.toBeNull();
    expect(hasQuickExited()).toBe(true);
  });

  it('goes to the built-in calculator when offline', () => {
    const replace = stubNavigation(false);
    performQuickExit();
    expect(replace).toHaveBeenCalledWith('/calc');
  });

  it('still leaves when a lock listener fails', () => {
    const stop = onLockRequested(() => {
      throw new Error('vault busy');
    });
    const replace = stubNavigation(true);
    expect(() => performQuickExit()).toThrow('vault busy');
    stop();
    expect(replace).toHaveBeenCalledTimes(1);
  });
});
