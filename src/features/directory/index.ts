import { createElement, lazy } from 'react';

/*
 * The directory's public surface. ReferralList is small and loads with whoever shows it (the crisis
 * script's Link step); the full screen, with search and the person's saved list, is its own chunk.
 */
export { ReferralList, type ReferralListProps } from './ReferralList';
export { emergencyNumberFor, emergencyCallsFor, mayBringPolice, type EmergencyCall, type EmergencyNumber } from './emergency';
export { sendsList } from './sends';
export { countryNumbers, type CountryNumbers, type ListedService } from './countryNumbers';
export { countriesOf, entriesForCountry, entriesForNeeds, policeLast, routeByRegion } from './entries';
export { InDangerLine, useSendsText } from './DangerCalls';
export { useFirstEmergencyCall } from './useFirstEmergencyCall';
export { QrCode, qrMaxBytes } from './QrCode';
export { ShareTextButtons } from './ShareTextButtons';
export { useDirectoryPacks } from './useDirectory';
export { RegionChoice, RegionSelect } from './RegionChoice';
export { regionOf } from './regions';
export { countryName } from './countryNames';
// Her own trusted contacts, for other vault screens (aftercare's "talk to your organisation").
export { TrustedContactList } from './TrustedContactList';

/** A trusted contact as another feature may show it: the name and the number the person saved. */
export type TrustedContact = { name: string; phone: string };

/**
 * The person's trusted contacts, read from the vault (it must be open), sorted by name. The record
 * code loads only when asked, so a screen that shows the directory's numbers does not carry it.
 */
export async function loadTrustedContacts(): Promise<TrustedContact[]> {
  const { loadSaved } = await import('./savedStore');
  return (await loadSaved()).contacts.map(({ name, phone }) => ({ name, phone }));
}

const LazyDirectoryScreen = lazy(async () => ({ default: (await import('./DirectoryScreen')).DirectoryScreen }));

export function DirectoryScreen() {
  return createElement(LazyDirectoryScreen);
}
