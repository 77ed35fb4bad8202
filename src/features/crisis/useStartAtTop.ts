import { useEffect } from 'react';

/**
 * A view that replaces another inside the crisis screen is a new screen: it starts at the top, with
 * the header in sight. The sticky quick-exit bar would otherwise sit over a half-scrolled header.
 */
export function useStartAtTop(): void {
  useEffect(() => {
    document.documentElement.scrollTop = 0;
  }, []);
}
