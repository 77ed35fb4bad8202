// The plan's emergency number is the directory's first number for her country, routed as everywhere else.
export { useFirstEmergencyCall as usePlanEmergency } from '../directory';
