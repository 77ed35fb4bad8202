// jsdom has no service worker: unit tests run the update prompt with nothing ever waiting.
export function registerSW(): (reloadPage?: boolean) => Promise<void> {
  return () => Promise.resolve();
}
