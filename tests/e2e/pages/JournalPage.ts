import type { Locator } from '@playwright/test';
import { AppShell } from './AppShell';

/** The journal and its vault screens, located as a person finds them (English labels by default). */
export class JournalPage extends AppShell {
  override async open(path = '/journal'): Promise<void> {
    await super.open(path);
  }

  field(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByLabel(name, { exact: typeof name === 'string' });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('button', { name, exact: typeof name === 'string' });
  }

  link(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('link', { name, exact: typeof name === 'string' });
  }

  mood(word: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('radio', { name: word, exact: typeof word === 'string' });
  }

  entries(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name: /^Edit the entry/ }) });
  }

  alert(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }

  async setUp(passphrase: string): Promise<void> {
    await this.open();
    await this.heading('Lock your journal').waitFor();
    await this.field('Passphrase').fill(passphrase);
    await this.field('Type the passphrase again').fill(passphrase);
    await this.button('Lock my journal').click();
    await this.heading('My journal').waitFor();
  }

  async unlock(passphrase: string): Promise<void> {
    await this.field('Passphrase').fill(passphrase);
    await this.button('Open journal').click();
  }

  async checkIn(moodWord: string): Promise<void> {
    await this.mood(moodWord).check();
    await this.button('Save').click();
  }

  /** The list of entries, without the search; its `aria-busy` is "true" while older entries are still being opened. */
  entryList(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: 'Entries', exact: true }).locator('[aria-busy]');
  }

  async importBackup(path: string, filePassphrase: string): Promise<void> {
    await this.page.getByRole('main').getByLabel('Backup file', { exact: true }).setInputFiles(path);
    await this.field('Passphrase of the backup file').fill(filePassphrase);
    await this.button('Add backup').click();
  }

  async lock(): Promise<void> {
    await this.button('Lock').click();
    await this.heading('Your journal is locked').waitFor();
  }
}
