export { CrisisScreen } from './CrisisScreen';
export { CrisisRoute } from './CrisisRoute';
export { preloadCrisisContent } from './crisisContent';
