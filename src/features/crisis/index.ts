export { CrisisScreen } from './CrisisScreen';
export { preloadCrisisContent } from './crisisContent';
