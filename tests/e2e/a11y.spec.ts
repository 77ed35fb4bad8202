import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';
import { HomePage, mainActions } from './pages/HomePage';

const screens = ['/', ...mainActions.map((action) => action.path), '/content', '/no-such-screen'];
const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const locale of ['es-419', 'en', 'fr-CA']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme });

      test('axe finds no WCAG A/AA violation on any screen', async ({ page }) => {
        // Nine screens, each loaded and scanned: about 40 s on a quiet 2-core machine.
        test.setTimeout(150_000);
        const home = new HomePage(page);
        for (const path of screens) {
          await home.open(path);
          const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
          const summary = results.violations.map((violation) => `${path}: ${violation.id} (${violation.nodes.length})`);
          expect(summary).toEqual([]);
        }
      });
    });
  }
}
