// The first screen keeps the browser's natural focus; only later navigations move it.
let isFocusRequested = false;

export function requestFocusOnNextScreen(): void {
  isFocusRequested = true;
}

export function consumeFocusRequest(): boolean {
  const wasRequested = isFocusRequested;
  isFocusRequested = false;
  return wasRequested;
}
