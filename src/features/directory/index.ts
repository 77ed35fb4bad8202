export { DirectoryScreen } from './DirectoryScreen';
