import type { Locator } from '@playwright/test';
import { AppShell } from './AppShell';

export class SettingsPage extends AppShell {
  override async open(): Promise<void> {
    await super.open('/settings');
  }

  languageOption(endonym: 'Español' | 'English' | 'Français'): Locator {
    return this.page.getByRole('radio', { name: endonym });
  }

  async chooseLanguage(endonym: 'Español' | 'English' | 'Français'): Promise<void> {
    await this.languageOption(endonym).check();
  }

  themeOption(name: string | RegExp): Locator {
    return this.page.getByRole('radio', { name });
  }

  storageStatus(): Locator {
    return this.page.getByTestId('storage-persistence');
  }
}
