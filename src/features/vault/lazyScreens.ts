import { loadOnce, preloadableComponent } from '../../ui/preloadable';

const screens = loadOnce(() => import('./vaultScreens'));

/**
 * Starts loading the vault's screens, for a feature that is likely to show one soon (the journal,
 * as its own code runs), so they render with no Suspense turn once the vault's state is known.
 */
export function preloadVaultScreens(): void {
  screens.get().catch(() => undefined);
}

// Each suspends (the caller holds the Suspense boundary) only while the chunk is still on its way.
export const VaultSetup = preloadableComponent(screens, (loaded) => loaded.VaultSetup);
export const VaultUnlock = preloadableComponent(screens, (loaded) => loaded.VaultUnlock);
export const VaultSettingsView = preloadableComponent(screens, (loaded) => loaded.VaultSettingsView);
export const BackupView = preloadableComponent(screens, (loaded) => loaded.BackupView);
