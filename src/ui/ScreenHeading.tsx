import { useEffect, useRef, type ReactNode } from 'react';
import { consumeFocusRequest } from './focusOnNavigation';

/**
 * The one h1 of a screen. After an in-app navigation it takes focus, so screen-reader and
 * keyboard users land at the start of the new screen instead of on a link that no longer exists.
 * The new screen starts at the top: focusing alone would only scroll the heading into sight and
 * leave the header half under the sticky quick-exit bar.
 */
export function ScreenHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!consumeFocusRequest()) return;
    document.documentElement.scrollTop = 0;
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
