export { SelfCareScreen } from './SelfCareScreen';
export { ExercisePlayer } from './ExercisePlayer';
