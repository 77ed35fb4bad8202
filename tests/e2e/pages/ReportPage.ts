import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { CrisisPage, type UiLanguage } from './CrisisPage';

const localesDir = join(import.meta.dirname, '../../../locales');

/** The report's words, per language, as a person reads them (from locales/<lng>/report.json). */
type ReportStrings = {
  title: string;
  entry: { open: string };
  counting: { toggle: string; on: string; off: string };
  view: { heading: string; empty: string; allMonths: string; chartTitle: string };
  measures: Record<string, string>;
  situations: Record<string, string>;
  send: { file: string; copy: string; showQr: string; qrLabel: string; currentMonth: string };
  clear: { button: string; yes: string; done: string };
};
function reportStrings(language: UiLanguage): ReportStrings {
  return JSON.parse(readFileSync(join(localesDir, language, 'report.json'), 'utf8')) as ReportStrings;
}
function homeAction(language: UiLanguage, key: 'settings'): string {
  const common = JSON.parse(readFileSync(join(localesDir, language, 'common.json'), 'utf8')) as { home: Record<string, string> };
  return common.home[key] ?? key;
}

/** The activity report at /report, reached as a person does: Home, Settings, then its entry. */
export class ReportPage extends CrisisPage {
  get words(): ReportStrings {
    return reportStrings(this.language);
  }

  /** In-app moves only, so the journal stays unlocked. */
  async openFromHome(): Promise<void> {
    await this.page.getByRole('banner').getByRole('link', { name: this.homeLinkName() }).click();
    await this.page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(homeAction(this.language, 'settings')) })
      .click();
    await this.link(this.words.entry.open).click();
    await this.heading(this.words.title).waitFor();
  }

  private homeLinkName(): string {
    const common = JSON.parse(readFileSync(join(localesDir, this.language, 'common.json'), 'utf8')) as { shell: { homeLink: string } };
    return common.shell.homeLink;
  }

  countingSwitch(): Locator {
    return this.page.getByRole('main').getByRole('checkbox', { name: this.words.counting.toggle, exact: true });
  }

  /** A row of a month's (or the totals') table, by its measure and key, as shown. */
  row(table: string, measure: string, key: string): Locator {
    return this.page
      .getByRole('table', { name: table })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: `${this.words.measures[measure]}: ${key}`, exact: true }) });
  }
}
