export { useLiveQuery } from 'dexie-react-hooks';
