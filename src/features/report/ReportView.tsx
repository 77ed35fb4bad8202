import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthsOf, totalsOf, type ActivityReport } from '../../content/activityReport';
import { clearReport, loadReport, writePending, type StoredReport } from './countStore';
import { ReportChart } from './ReportChart';
import { SendReport } from './SendReport';
import { useReportLabels } from './reportLabels';

type Loaded = StoredReport | { status: 'loading' } | { status: 'failed' };

function CountsTable({
  caption,
  rows,
}: {
  caption: string;
  rows: readonly { measure: ActivityReport[number]['measure']; key: string; count: number }[];
}) {
  const { t } = useTranslation('report');
  const labels = useReportLabels();
  return (
    <table className="report-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('view.what')}</th>
          <th scope="col">{t('view.count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.measure},${row.key}`}>
            <th scope="row">
              {labels.measure(row.measure)}: {labels.key(row)}
            </th>
            <td>{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The stored counts (the vault is open here): a table per month, the totals, a chart, sending and deleting. */
export function ReportView() {
  const { t } = useTranslation('report');
  const labels = useReportLabels();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [clearStep, setClearStep] = useState<'idle' | 'confirming' | 'done' | 'failed'>('idle');
  const keepButton = useRef<HTMLButtonElement>(null);
  // The question replaces the button she tapped, so focus would fall to the page: it goes to the
  // safe answer instead, where a screen reader also reads the question (WAI-ARIA alertdialog).
  useEffect(() => {
    if (clearStep === 'confirming') keepButton.current?.focus();
  }, [clearStep]);

  const read = useCallback(() => {
    // Counts made while the journal was locked are written at this unlock: shown with the rest, not after a reload.
    writePending()
      .then(loadReport)
      .then(setLoaded, () => setLoaded({ status: 'failed' }));
  }, []);
  useEffect(read, [read]);

  const clear = async () => {
    try {
      await clearReport();
      setClearStep('done');
      read();
    } catch {
      setClearStep('failed');
    }
  };

  const report = loaded.status === 'ok' ? loaded.report : [];
  return (
    <section aria-labelledby="report-view-heading" className="report-section">
      <h2 id="report-view-heading">{t('view.heading')}</h2>
      {loaded.status === 'loading' && <p className="loading">{t('loading')}</p>}
      {loaded.status === 'failed' && <p className="notice">{t('view.failed')}</p>}
      {loaded.status === 'damaged' && <p className="notice">{t('view.damaged')}</p>}
      {loaded.status === 'ok' && report.length === 0 && <p>{t('view.empty')}</p>}
      {report.length > 0 && (
        <>
          <ReportChart report={report} />
          {monthsOf(report).map((month) => (
            <CountsTable key={month} caption={labels.month(month)} rows={report.filter((row) => row.month === month)} />
          ))}
          <CountsTable caption={t('view.allMonths')} rows={totalsOf(report)} />
          <SendReport report={report} />
        </>
      )}
      {(report.length > 0 || loaded.status === 'damaged') && clearStep !== 'confirming' && (
        <button type="button" className="button button-urgent" onClick={() => setClearStep('confirming')}>
          {t('clear.button')}
        </button>
      )}
      {clearStep === 'confirming' && (
        <div role="alertdialog" aria-labelledby="report-clear-question" className="report-clear">
          <p id="report-clear-question">{t('clear.confirm')}</p>
          <div className="button-row">
            <button type="button" className="button button-urgent" onClick={() => void clear()}>
              {t('clear.yes')}
            </button>
            <button ref={keepButton} type="button" className="button button-secondary" onClick={() => setClearStep('idle')}>
              {t('clear.no')}
            </button>
          </div>
        </div>
      )}
      <div role="status">
        {clearStep === 'done' && <p>{t('clear.done')}</p>}
        {clearStep === 'failed' && <p className="notice">{t('clear.failed')}</p>}
      </div>
    </section>
  );
}
