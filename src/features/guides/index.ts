export { GuidesScreen } from './GuidesScreen';
