import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type strings from '../../../locales/en/safetyplan.json';
import { AppShell } from './AppShell';
import { vaultStrings, type UiLanguage } from './CrisisPage';

type PlanStrings = typeof strings;
type Section = keyof PlanStrings['sections'];
const sectionOrder: readonly Section[] = ['warningSigns', 'copingAlone', 'distractions', 'helpers', 'services', 'saferSpace', 'reasons'];

/** The safety plan at /plan, located by its own words in the given language (locales/<lng>/safetyplan.json). */
export class SafetyPlanPage extends AppShell {
  readonly strings: PlanStrings;

  constructor(
    page: Page,
    readonly language: UiLanguage = 'en',
  ) {
    super(page);
    this.strings = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../locales', language, 'safetyplan.json'), 'utf8'),
    ) as PlanStrings;
  }

  override async open(path = '/plan'): Promise<void> {
    await super.open(path);
  }

  /** A step's title as the plan numbers it ("1. …"). */
  stepTitle(section: Section): string {
    return this.strings.numbered
      .replace('{{number}}', String(sectionOrder.indexOf(section) + 1))
      .replace('{{title}}', this.strings.sections[section].title);
  }

  stepField(section: Section): Locator {
    return this.page.getByRole('main').getByRole('textbox', { name: this.stepTitle(section), exact: true });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** The emergency line above every view: her country's number, one tap to call. */
  emergencyCall(): Locator {
    return this.page.getByRole('main').locator('.safety-plan-emergency a[href^="tel:"]');
  }

  async setUpVault(passphrase: string): Promise<void> {
    const words = vaultStrings(this.language).setup;
    await this.heading(words.title).waitFor();
    await this.page.getByRole('main').getByLabel(words.passphrase, { exact: true }).fill(passphrase);
    await this.page.getByRole('main').getByLabel(words.confirm, { exact: true }).fill(passphrase);
    await this.button(words.create).click();
    await this.heading(this.strings.title).waitFor();
  }

  async unlock(passphrase: string): Promise<void> {
    const words = vaultStrings(this.language).unlock;
    await this.heading(words.title).waitFor();
    await this.page.getByRole('main').getByLabel(words.passphrase, { exact: true }).fill(passphrase);
    await this.button(words.open).click();
    await this.heading(this.strings.title).waitFor();
  }

  async lock(): Promise<void> {
    await this.button(this.strings.lock).click();
    await this.heading(vaultStrings(this.language).unlock.title).waitFor();
  }

  async save(): Promise<void> {
    await this.button(this.strings.save).click();
    await this.page.getByRole('status').filter({ hasText: this.strings.saved }).waitFor();
  }
}
