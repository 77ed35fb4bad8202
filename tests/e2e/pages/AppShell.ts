import type { Locator, Page } from '@playwright/test';

/** What every screen has: the header link home and one h1. */
export class AppShell {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.heading().waitFor();
  }

  /** The screen shown: its address, or for journal and crisis (whose address stays "/") the one kept in the history state. */
  async screenPath(): Promise<string> {
    return this.page.evaluate(() => (history.state as { screenPath?: string } | null)?.screenPath ?? location.pathname);
  }

  heading(name?: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, ...(name ? { name } : {}) });
  }

  homeLink(name: string | RegExp): Locator {
    return this.page.getByRole('banner').getByRole('link', { name });
  }
}
