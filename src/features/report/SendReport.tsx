import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatReportCsv, monthsOf, type ActivityReport } from '../../content/activityReport';
import { saveTextFile } from '../../ui/saveTextFile';
import { QrCode, qrMaxBytes, ShareTextButtons } from '../directory';
import { monthOf } from './counting';
import { useReportLabels } from './reportLabels';
import { defaultSendMonths, reportForMonths } from './sendMonths';

/**
 * One payload, three ways out: the CSV file, the same text shared or copied, the same text as a
 * QR code. So the preview above the buttons is exactly what would leave, whichever she taps, and
 * whatever reaches the organisation can be summed by `report merge`. Nothing leaves without a tap,
 * and only the months she ticks leave (sendMonths.ts: a month sent twice is counted twice).
 */
export function SendReport({ report, now = new Date() }: { report: ActivityReport; now?: Date }) {
  const { t } = useTranslation('report');
  const labels = useReportLabels();
  const currentMonth = monthOf(now);
  const [chosen, setChosen] = useState(() => defaultSendMonths(report, currentMonth));
  const [isShowingQr, setIsShowingQr] = useState(false);
  const text = formatReportCsv(reportForMonths(report, chosen));
  const fitsQr = new TextEncoder().encode(text).length <= qrMaxBytes;
  const toggle = (month: string, isChosen: boolean) =>
    setChosen((before) => (isChosen ? [...before.filter((each) => each !== month), month] : before.filter((each) => each !== month)));
  return (
    <section aria-labelledby="report-send-heading" className="report-send">
      <h3 id="report-send-heading">{t('send.heading')}</h3>
      <p className="hint">{t('send.hint')}</p>
      <fieldset>
        <legend>{t('send.months')}</legend>
        {monthsOf(report).map((month) => (
          <label key={month} className="choice">
            <input type="checkbox" checked={chosen.includes(month)} onChange={(event) => toggle(month, event.target.checked)} />
            <span>{month === currentMonth ? t('send.currentMonth', { month: labels.month(month) }) : labels.month(month)}</span>
          </label>
        ))}
      </fieldset>
      {chosen.length === 0 ? (
        <p className="notice">{t('send.chooseMonth')}</p>
      ) : (
        <>
          <pre className="report-preview">{text}</pre>
          <ShareTextButtons title={t('send.shareTitle')} text={text} sendLabel={t('send.share')} copyLabel={t('send.copy')}>
            <button type="button" className="button" onClick={() => saveTextFile(text, 'activity-report.csv', 'text/csv')}>
              {t('send.file')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              aria-expanded={isShowingQr}
              onClick={() => setIsShowingQr(!isShowingQr)}
            >
              {isShowingQr ? t('send.hideQr') : t('send.showQr')}
            </button>
          </ShareTextButtons>
          {isShowingQr && (fitsQr ? <QrCode text={text} label={t('send.qrLabel')} /> : <p className="notice">{t('send.qrTooLong')}</p>)}
        </>
      )}
    </section>
  );
}
