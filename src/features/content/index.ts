export { ContentScreen } from './ContentScreen';
export { SyncStatus } from './SyncStatus';
