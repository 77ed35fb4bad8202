// `npm run size`: prints the gzip bytes of the first load of the home route and of the whole precache.
// Run after `npm run build`.
import { resolve } from 'node:path';
import { startStaticServer } from './lib/staticServer.ts';
import { firstLoadBudgetBytes, formatKiB, measureFirstLoad, measurePrecache, precacheBudgetBytes } from './lib/sizes.ts';

const distDir = resolve(import.meta.dirname, '..', process.env.COMPANERA_DIST ?? 'dist');
const server = await startStaticServer(distDir);
try {
  const firstLoad = await measureFirstLoad(server.origin, distDir);
  const precache = await measurePrecache(distDir);
  console.log(`First load of the home route (JS+CSS, gzip -9): ${formatKiB(firstLoad.total)} of ${formatKiB(firstLoadBudgetBytes)} budget`);
  for (const file of firstLoad.files) console.log(`  ${formatKiB(file.gzipBytes).padStart(10)}  ${file.path}`);
  console.log(
    `Precache (${precache.files.length} files, gzip -9): ${formatKiB(precache.total)} of ${formatKiB(precacheBudgetBytes)} budget`,
  );
} finally {
  await server.close();
}
