/**
 * Resolves in the first task after the next frame is painted (at once when the page is hidden,
 * where no frame comes), so work started then cannot hold back what is already rendered.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const next = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') requestAnimationFrame(next);
    else next();
  });
}
