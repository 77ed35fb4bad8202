export { SelfCareScreen } from './SelfCareScreen';
