/**
 * Makes WebCrypto refuse every Ed25519 call, as Chrome before 137, Safari before iOS 17, older
 * Android WebViews and Samsung Internet do, and counts the refusals in `__ed25519Refusals`. It runs
 * where it is put: in the page as an init script, or in the sync worker with its source prepended
 * to the worker's script (init scripts never reach a worker). So it is self-contained: no imports,
 * nothing from the test's scope.
 */
export function refuseEd25519(): void {
  const subtle = globalThis.crypto.subtle;
  const refusals = { count: 0 };
  Object.defineProperty(globalThis, '__ed25519Refusals', { value: refusals });
  const isEd25519 = (algorithm: unknown) =>
    (typeof algorithm === 'string' ? algorithm : (algorithm as { name?: unknown } | null)?.name) === 'Ed25519';
  for (const method of ['importKey', 'verify', 'sign', 'generateKey'] as const) {
    const original = subtle[method].bind(subtle) as (...args: unknown[]) => Promise<unknown>;
    const position = method === 'importKey' ? 2 : 0;
    Object.defineProperty(subtle, method, {
      value: (...args: unknown[]) => {
        if (!isEd25519(args[position])) return original(...args);
        refusals.count++;
        return Promise.reject(new DOMException('Unrecognized name.', 'NotSupportedError'));
      },
    });
  }
}

/** How many Ed25519 calls were refused where `refuseEd25519` ran (read with page or worker `evaluate`). */
export function ed25519RefusalCount(): number {
  return (globalThis as unknown as { __ed25519Refusals?: { count: number } }).__ed25519Refusals?.count ?? 0;
}
