import { useEffect, type ComponentProps } from 'react';
import { isRunnable, markScriptBroken } from './scriptChecks';
import { preloadCloseView } from './closeViewLoader';
import { StepView } from './StepView';

/**
 * The step screen, behind the check of its script. A script that fails is never shown: the
 * Companion goes back to the list, which says one guide was left out.
 */
export function CheckedStepView(props: ComponentProps<typeof StepView>) {
  const { script, onStop } = props;
  const canRun = isRunnable(script);
  useEffect(() => {
    if (canRun) {
      preloadCloseView(); // the close comes at the end of every run
      return;
    }
    markScriptBroken(script.id);
    onStop();
  }, [canRun, script.id, onStop]);
  return canRun ? <StepView {...props} /> : null;
}
