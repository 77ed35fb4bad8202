// The safety plan's public surface: its screen (the /plan route) and the plan's record kind.
export { SafetyPlanScreen } from './SafetyPlanScreen';
export { safetyPlanKind } from './planStore';
