import { useEffect } from 'react';

/**
 * Whether public/boot.js painted the build's HTML of this screen before the app's code ran: a
 * screen can then start what a tap will need at once, since its first paint is already done.
 */
export function isPrerendered(path: string): boolean {
  // The build's own render (src/app/prerender.tsx) runs with no document.
  if (typeof document === 'undefined') return false;
  return document.getElementById('root')?.getAttribute('data-prerendered')?.endsWith(` ${path}`) === true;
}

// Once per page: the screens that carry this are left and come back.
let hasHandedOver = false;

/**
 * Put beside the content of a screen the build prerenders (scripts/prerender), inside the innermost
 * Suspense boundary around it. Its effect runs once React has taken over that content, not only the
 * shell around it: public/boot.js then hands over (its stand-in quick exit and links step aside, and
 * a tap it held on a button is given to that button, which now works). Benchmarks and tests read the
 * same mark.
 */
export function PrerenderHandOver() {
  useEffect(() => {
    if (hasHandedOver || !document.getElementById('root')?.hasAttribute('data-prerendered')) return;
    hasHandedOver = true;
    performance.mark('companera:hydrated');
    window.dispatchEvent(new Event('companera:hydrated'));
  }, []);
  return null;
}
