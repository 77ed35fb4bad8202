/*
 * Code a later screen or a background task needs must not start loading while the first screen is
 * still being drawn: each dynamic import adds modulepreload links and compiles its chunks, which on a
 * cheap phone (4x CPU) cost tens of milliseconds before the first paint. This says when the page
 * has loaded and its first content is on the screen.
 */

// A page opened in the background paints nothing until it is shown: past this, later work starts
// anyway rather than never.
const longestWaitMs = 3_000;

let hasPainted = false;
let painted: Promise<void> | undefined;

function firstContentfulPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, longestWaitMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    // Older browsers lack paint timing (supportedEntryTypes too, whatever the DOM types say): the
    // load event is all they can tell.
    const entryTypes =
      typeof PerformanceObserver === 'undefined' ? undefined : (PerformanceObserver.supportedEntryTypes as readonly string[] | undefined);
    if (!entryTypes?.includes('paint')) {
      done();
      return;
    }
    if (performance.getEntriesByName('first-contentful-paint').length > 0) {
      done();
      return;
    }
    const observer = new PerformanceObserver((entries) => {
      if (!entries.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      done();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/** Resolves once the page has loaded and painted its first content (the same promise every time). */
export function afterFirstPaint(): Promise<void> {
  painted ??= pageLoaded()
    .then(firstContentfulPaint)
    // One more task: the paint entry can be reported while the browser still finishes that frame.
    .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
    .then(() => {
      hasPainted = true;
    });
  return painted;
}

/** Whether afterFirstPaint has resolved already (a component mounted later need not wait a turn). */
export function hasFirstPaintPassed(): boolean {
  return hasPainted;
}
