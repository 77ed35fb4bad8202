import type { Locator } from '@playwright/test';
import { AppShell } from './AppShell';

export const mainActions = [
  { name: 'Crisis support', path: '/crisis' },
  { name: 'Listening guides', path: '/guides' },
  { name: 'Directory', path: '/directory' },
  { name: 'My journal', path: '/journal' },
  { name: 'Self-care', path: '/selfcare' },
  { name: 'My safety plan', path: '/plan' },
  { name: 'Settings', path: '/settings' },
] as const;

export class HomePage extends AppShell {
  actions(navigationName: string | RegExp = /./): Locator {
    return this.page.getByRole('navigation', { name: navigationName }).getByRole('link');
  }

  action(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('link', { name, exact: typeof name === 'string' });
  }
}
