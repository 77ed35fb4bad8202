import { useTranslation } from 'react-i18next';
import type { ActivityReport } from '../../content/activityReport';
import { useReportLabels } from './reportLabels';

const chart = { width: 320, rowHeight: 28, labelWidth: 130, valueWidth: 40 };

/**
 * Crisis support by month as horizontal bars, each with its number written beside it, so the
 * chart reads without colour; a screen reader hears the same figures in one sentence. Plain SVG:
 * sizes are attributes, never inline styles (the CSP allows none).
 */
export function ReportChart({ report }: { report: ActivityReport }) {
  const { t } = useTranslation('report');
  const labels = useReportLabels();
  const byMonth = new Map<string, number>();
  for (const row of report) if (row.measure === 'crisis-run') byMonth.set(row.month, (byMonth.get(row.month) ?? 0) + row.count);
  const bars = [...byMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ label: labels.month(month), count }));
  if (bars.length === 0) return null;
  const most = Math.max(...bars.map((bar) => bar.count));
  const barSpace = chart.width - chart.labelWidth - chart.valueWidth;
  const height = bars.length * chart.rowHeight;
  const summary = t('view.chartSummary', { values: bars.map((bar) => `${bar.label}: ${bar.count}`).join(', ') });
  return (
    <figure className="report-chart">
      <figcaption>{t('view.chartTitle')}</figcaption>
      <svg viewBox={`0 0 ${chart.width} ${height}`} role="img" aria-label={summary}>
        {bars.map((bar, index) => {
          const y = index * chart.rowHeight;
          const width = Math.max(2, (bar.count / most) * barSpace);
          return (
            <g key={bar.label}>
              <text className="report-chart-label" x={0} y={y + 18}>
                {bar.label}
              </text>
              <rect className="report-chart-bar" x={chart.labelWidth} y={y + 6} width={width} height={16} />
              <text className="report-chart-value" x={chart.labelWidth + width + 6} y={y + 18}>
                {bar.count}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
