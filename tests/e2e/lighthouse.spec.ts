import { expect, test } from './support/test';
import { describeLighthouse, runLighthouse } from '../../scripts/lib/lighthouse';

// Accessibility and best practices do not depend on timing, so they are tested; performance is a
// benchmark figure (printed here and by `npm run lighthouse`), never a pass/fail test.
test('Lighthouse scores accessibility and best practices at 1.0', async ({ server }) => {
  test.setTimeout(120_000);
  const figures = await runLighthouse(`${server.origin}/`);
  console.log(describeLighthouse(figures));
  expect(figures.scores.accessibility).toBe(1);
  expect(figures.scores['best-practices']).toBe(1);
});
