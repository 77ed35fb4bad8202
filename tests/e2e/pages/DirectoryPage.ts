import { expect, type Locator } from '@playwright/test';
import { AppShell } from './AppShell';

/** The directory in any language: locators take the visible names as arguments where they differ. */
export class DirectoryPage extends AppShell {
  override async open(path = '/directory'): Promise<void> {
    await super.open(path);
  }

  /** The country list appears once the built-in directory packs are installed (background sync). */
  countrySelect(name: string | RegExp = 'Country'): Locator {
    return this.page.getByRole('combobox', { name });
  }

  async waitForCountry(countryName: string, selectName?: string | RegExp): Promise<void> {
    await expect(this.countrySelect(selectName).getByRole('option', { name: countryName })).toBeAttached({ timeout: 30_000 });
  }

  async chooseCountry(countryName: string, selectName?: string | RegExp): Promise<void> {
    await this.waitForCountry(countryName, selectName);
    await this.countrySelect(selectName).selectOption({ label: countryName });
  }

  search(name: string | RegExp = 'Search'): Locator {
    return this.page.getByRole('searchbox', { name });
  }

  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /** The entries listed in a section, by their heading. */
  entryNames(section: Locator): Locator {
    return section.getByRole('heading', { level: 3 });
  }

  entryLink(section: Locator, name: string | RegExp): Locator {
    return section.getByRole('heading', { level: 3 }).getByRole('link', { name });
  }

  callLink(name: string | RegExp): Locator {
    return this.page.getByRole('link', { name });
  }
}

/** The journal's passphrase screens, as far as the directory's saved list needs them. */
export class VaultScreens extends AppShell {
  async createFromJournal(passphrase: string): Promise<void> {
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByLabel('Type the passphrase again').fill(passphrase);
    await this.page.getByRole('button', { name: 'Lock my journal' }).click();
  }

  async lockFromJournal(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock', exact: true }).click();
    await this.page.getByLabel('Passphrase', { exact: true }).waitFor();
  }

  async unlock(passphrase: string): Promise<void> {
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: 'Open journal' }).click();
  }

  /** In-app navigation through the home screen: a page load would lock the vault. */
  async goTo(mainAction: 'Directory' | 'My journal'): Promise<void> {
    await this.homeLink(/home/).click();
    await this.page.getByRole('main').getByRole('link', { name: mainAction, exact: true }).click();
  }
}
