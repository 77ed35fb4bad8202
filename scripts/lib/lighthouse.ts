import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium, chromiumInstallHelp } from '../../tests/chromium.ts';

export type LighthouseFigures = {
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number };
};

/** Lighthouse with its mobile defaults (simulated slow 4G and 4x CPU slowdown) against one URL. */
export async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error(chromiumInstallHelp);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: chromiumArgs.filter((flag) => flag !== '--headless').concat('--headless=new'),
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const score = (id: string) => categories[id]?.score ?? 0;
    const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      },
      metrics: {
        fcpMs: numeric('first-contentful-paint'),
        lcpMs: numeric('largest-contentful-paint'),
        tbtMs: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
      },
    };
  } finally {
    chrome.kill();
  }
}

export function describeLighthouse({ scores, metrics }: LighthouseFigures): string {
  return [
    `performance ${scores.performance.toFixed(2)}, accessibility ${scores.accessibility.toFixed(2)}, best practices ${scores['best-practices'].toFixed(2)}, SEO ${scores.seo.toFixed(2)}`,
    `FCP ${Math.round(metrics.fcpMs)} ms, LCP ${Math.round(metrics.lcpMs)} ms, TBT ${Math.round(metrics.tbtMs)} ms, CLS ${metrics.cls.toFixed(3)}`,
  ].join('\n');
}
