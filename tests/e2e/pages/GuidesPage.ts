import type { Locator } from '@playwright/test';
import { AppShell } from './AppShell';

/** The listening guides, course and articles, located as a person finds them (English by default). */
export class GuidesPage extends AppShell {
  override async open(path = '/guides'): Promise<void> {
    await super.open(path);
  }

  main(): Locator {
    return this.page.getByRole('main');
  }

  /** Built-in packs install in the background after the first load; the list appears when they have. */
  async waitForContent(categoryHeading: string | RegExp = 'Companion course'): Promise<void> {
    await this.main().getByRole('heading', { level: 2, name: categoryHeading }).waitFor({ timeout: 30_000 });
  }

  search(label: string | RegExp = 'Search guides and articles'): Locator {
    return this.main().getByRole('searchbox', { name: label });
  }

  link(name: string | RegExp): Locator {
    return this.main().getByRole('link', { name });
  }

  button(name: string | RegExp): Locator {
    return this.main().getByRole('button', { name, exact: typeof name === 'string' });
  }

  region(name: string | RegExp): Locator {
    return this.main().getByRole('region', { name });
  }

  reminderCard(name: string | RegExp = 'Reminder card'): Locator {
    return this.main().getByRole('complementary', { name });
  }

  drill(number: number): Locator {
    return this.region(`Practice ${number}`);
  }

  /** In-app navigation through the home screen: a page load would lock the vault. */
  async goToFromHome(): Promise<void> {
    await this.homeLink(/home/).click();
    await this.main()
      .getByRole('link', { name: /^Listening guides/ })
      .click();
    await this.heading('Listening guides').waitFor();
  }
}
