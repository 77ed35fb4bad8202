export { CrisisScreen } from './CrisisScreen';
