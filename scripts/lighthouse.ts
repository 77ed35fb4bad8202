// `npm run lighthouse`: Lighthouse (mobile defaults) against the production build in dist/.
import { resolve } from 'node:path';
import { describeLighthouse, runLighthouse } from './lib/lighthouse.ts';
import { startStaticServer } from './lib/staticServer.ts';

const server = await startStaticServer(resolve(import.meta.dirname, '..', process.env.COMPANERA_DIST ?? 'dist'));
try {
  for (const path of ['/', '/settings']) {
    console.log(`Lighthouse, ${path}`);
    console.log(describeLighthouse(await runLighthouse(`${server.origin}${path}`)));
  }
} finally {
  await server.close();
}
