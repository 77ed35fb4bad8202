import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { AppShell } from './AppShell';
import type { UiLanguage } from './CrisisPage';

const localesDir = join(import.meta.dirname, '../../../locales');

type CardsStrings = { title: string; print: string; country: string; language: string };

/** The cards page (/cards): pickers, the Print button, and each card's printed pages. */
export class CardsPage extends AppShell {
  constructor(
    page: AppShell['page'],
    readonly language: UiLanguage,
  ) {
    super(page);
  }

  get strings(): CardsStrings {
    return JSON.parse(readFileSync(join(localesDir, this.language, 'cards.json'), 'utf8')) as CardsStrings;
  }

  /** Every printed page shown, each an article named by its card's title and page number. */
  printedPages(): Locator {
    return this.page.getByRole('main').getByRole('article');
  }

  countryPicker(): Locator {
    return this.page.getByRole('combobox', { name: this.strings.country, exact: true });
  }

  languagePicker(): Locator {
    return this.page.getByRole('combobox', { name: this.strings.language, exact: true });
  }

  printButton(): Locator {
    return this.page.getByRole('button', { name: this.strings.print, exact: true });
  }
}
