// What the app shell needs on the first load; everything else in this feature loads with its route.
export { QuickExit } from './QuickExit';
export { useShowsNeutralScreen } from './neutralGate';
export { listenToOtherTabs } from './otherTabs';
export { applyDisguiseBeforeRender } from './disguise';
export { takeWipeDone } from './wipeDone';
