import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

export const quickExitNames = { en: 'Quick exit', es: 'Salida rápida', fr: 'Sortie rapide' } as const;

/** Quick exit, the neutral calculator, the privacy page and the safety part of Settings. */
export class SafetyPage extends AppShell {
  constructor(
    page: Page,
    readonly quickExitName: string = quickExitNames.en,
  ) {
    super(page);
  }

  quickExit(): Locator {
    return this.page.getByRole('button', { name: this.quickExitName, exact: true });
  }

  /** Shift pressed on its own, as many times as asked. */
  async pressShift(times: number): Promise<void> {
    for (let press = 0; press < times; press++) await this.page.keyboard.press('Shift');
  }

  /** Whether quick exit has started on the current page (its cover goes up at once). */
  async hasExitStarted(): Promise<boolean> {
    return this.page.evaluate(
      () => document.querySelector('.quick-exit-cover') !== null || document.getElementById('root')?.hidden === true,
    );
  }

  calculatorDisplay(): Locator {
    return this.page.getByRole('status', { name: /Result|Resultado|Résultat/ });
  }

  async pressCalculatorKeys(keys: string[]): Promise<void> {
    const names: Record<string, string> = {
      '+': 'Plus',
      '−': 'Minus',
      '×': 'Multiply',
      '÷': 'Divide',
      '=': 'Equals',
      '.': 'Decimal point',
    };
    for (const key of keys) await this.page.getByRole('button', { name: names[key] ?? key, exact: true }).click();
  }

  safetySection(): Locator {
    return this.page.getByRole('region', { name: 'Safety and privacy' });
  }

  async openSettings(): Promise<void> {
    await this.open('/settings');
  }

  async saveNeutralSite(url: string): Promise<void> {
    await this.page.getByLabel('Website for quick exit').fill(url);
    await this.page.getByRole('button', { name: 'Save website' }).click();
  }

  async turnOnDisguise(code: string): Promise<void> {
    await this.page.getByLabel('Code to open the app').fill(code);
    await this.page.getByRole('button', { name: 'Turn on the disguise' }).click();
  }

  async deleteAllData(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete all my data' }).click();
    await this.page.getByRole('button', { name: 'Yes, delete everything' }).click();
  }
}
