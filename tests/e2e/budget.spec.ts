import { expect, test, distDir } from './support/test';
import { firstLoadBudgetBytes, formatKiB, measureFirstLoad, measurePrecache, precacheBudgetBytes } from '../../scripts/lib/sizes';

// Measured at 101.1 KiB on 2026-12-03, once the first screen stopped loading zod (it was 117.8 KiB);
// 103.1 KiB with the prerender's boot.js, which runs on every visit.
test('the first load of the home route stays within 135 KiB of gzip JS+CSS', async ({ server }) => {
  const firstLoad = await measureFirstLoad(server.origin, distDir);
  console.log(`first load: ${formatKiB(firstLoad.total)}`);
  expect(firstLoad.files.length).toBeGreaterThan(0);
  expect(firstLoad.total).toBeLessThanOrEqual(firstLoadBudgetBytes);
});

test('the whole precache stays within 535 KiB gzip', async () => {
  const precache = await measurePrecache(distDir);
  console.log(`precache: ${formatKiB(precache.total)} in ${precache.files.length} files`);
  expect(precache.files.map((file) => file.path)).toContain('index.html');
  expect(precache.total).toBeLessThanOrEqual(precacheBudgetBytes);
});
