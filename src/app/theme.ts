import type { ThemeChoice } from '../prefs/preferences';

/** "system" removes the override, so the CSS follows prefers-color-scheme as the phone changes. */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}
