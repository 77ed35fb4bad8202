import type { Locator } from '@playwright/test';
import { AppShell } from './AppShell';

export class ContentPage extends AppShell {
  override async open(): Promise<void> {
    await super.open('/content');
  }

  checkForUpdates(): Locator {
    return this.page.getByRole('button', { name: 'Check for updates' });
  }

  installedPack(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: 'Installed packs' }).getByRole('listitem').filter({ hasText: title });
  }

  /** A source in the list, by the name the app gives it (its host and folder, or "Built into the app"). */
  source(name: string): Locator {
    return this.page
      .getByRole('region', { name: 'Sources' })
      .getByRole('listitem')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  failure(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'The update was not installed' });
  }

  async addSource(url: string, publicKey: string): Promise<string> {
    await this.page.getByLabel('Address (https://…)').fill(url);
    await this.page.getByLabel('Public key').fill(publicKey);
    await this.page.getByRole('button', { name: 'Check this source' }).click();
    const confirmation = this.page.getByText(/Compare this fingerprint/);
    const fingerprint = (await confirmation.textContent()) ?? '';
    await this.page.getByRole('button', { name: 'Add source' }).click();
    return fingerprint;
  }
}
