import { createElement, lazy } from 'react';

/*
 * The directory's public surface. ReferralList is small and loads with whoever shows it (the crisis
 * script's Link step); the full screen, with search and the person's saved list, is its own chunk.
 */
export { ReferralList, type ReferralListProps } from './ReferralList';
export { emergencyNumberFor, emergencyCallsFor, type EmergencyNumber } from './emergency';
export { countriesOf } from './entries';
export { RegionChoice } from './RegionChoice';
export { regionOf } from './regions';
// Her own trusted contacts, for other vault screens (aftercare's "talk to your organisation").
export { TrustedContactList } from './TrustedContactList';

const LazyDirectoryScreen = lazy(async () => ({ default: (await import('./DirectoryScreen')).DirectoryScreen }));

export function DirectoryScreen() {
  return createElement(LazyDirectoryScreen);
}
