import { useEffect } from 'react';

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
