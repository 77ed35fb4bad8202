import { createElement, Suspense } from 'react';
import { loadOnce, preloadableComponent } from '../../ui/preloadable';

/*
 * The activity report's public surface. The counting calls are tiny and load with whoever makes
 * them (the crisis screen, the close, the course): no zod, no vault, no storage code, which loads
 * only on the first event counted with counting on (counting.ts). The screen is a chunk of its own.
 */
export { countCrisisRun, countFollowUpAgreed, countModuleDone } from './counting';

const reportScreen = loadOnce(() => import('./ReportScreen'));
const reportEntry = loadOnce(() => import('./ReportEntry'));
/** /report: the counting switch and what it keeps, the counts, sending them and deleting them. */
export const ReportScreen = preloadableComponent(reportScreen, (loaded) => loaded.ReportScreen);
const LazyReportEntry = preloadableComponent(reportEntry, (loaded) => loaded.ReportEntry);
/** Settings' section that leads to the report and says whether counting is on; nothing shows while it loads. */
export function ReportEntry() {
  return createElement(Suspense, { fallback: null }, createElement(LazyReportEntry));
}
