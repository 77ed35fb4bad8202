import { useEffect, useRef, type ReactNode } from 'react';
import { consumeFocusRequest } from './focusOnNavigation';

/**
 * The one h1 of a screen. After an in-app navigation it takes focus, so screen-reader and
 * keyboard users land at the start of the new screen instead of on a link that no longer exists.
 */
export function ScreenHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (consumeFocusRequest()) heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
