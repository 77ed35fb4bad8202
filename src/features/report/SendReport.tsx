import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatReportCsv, type ActivityReport } from '../../content/activityReport';
import { saveTextFile } from '../../ui/saveTextFile';
import { QrCode, qrMaxBytes, ShareTextButtons } from '../directory';

/**
 * One payload, three ways out: the CSV file, the same text shared or copied, the same text as a
 * QR code. So the preview above the buttons is exactly what would leave, whichever she taps, and
 * whatever reaches the organisation can be summed by `report merge`. Nothing leaves without a tap.
 */
export function SendReport({ report }: { report: ActivityReport }) {
  const { t } = useTranslation('report');
  const [isShowingQr, setIsShowingQr] = useState(false);
  const text = formatReportCsv(report);
  const fitsQr = new TextEncoder().encode(text).length <= qrMaxBytes;
  return (
    <section aria-labelledby="report-send-heading" className="report-send">
      <h3 id="report-send-heading">{t('send.heading')}</h3>
      <p className="hint">{t('send.hint')}</p>
      <pre className="report-preview">{text}</pre>
      <ShareTextButtons title={t('send.shareTitle')} text={text} sendLabel={t('send.share')} copyLabel={t('send.copy')}>
        <button type="button" className="button" onClick={() => saveTextFile(text, 'activity-report.csv', 'text/csv')}>
          {t('send.file')}
        </button>
        <button type="button" className="button button-secondary" aria-expanded={isShowingQr} onClick={() => setIsShowingQr(!isShowingQr)}>
          {isShowingQr ? t('send.hideQr') : t('send.showQr')}
        </button>
      </ShareTextButtons>
      {isShowingQr && (fitsQr ? <QrCode text={text} label={t('send.qrLabel')} /> : <p className="notice">{t('send.qrTooLong')}</p>)}
    </section>
  );
}
