import { useEffect, type ComponentProps } from 'react';
import type { PfaScriptPack } from '../../content/schema';
import { markScriptBroken } from './crisisContent';
import { scriptStructureProblems } from './engine/scriptStructure';
import { preloadCloseView } from './runViewsLoader';
import { StepView } from './StepView';

// Each installed script object is checked once, however many steps it runs through.
const checked = new WeakMap<PfaScriptPack, boolean>();
function isRunnable(script: PfaScriptPack): boolean {
  let result = checked.get(script);
  if (result === undefined) {
    result = scriptStructureProblems(script).length === 0;
    checked.set(script, result);
  }
  return result;
}

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
