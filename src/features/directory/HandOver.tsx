import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntry } from '../../content/schema';
import { entriesAsText } from './shareText';
import { useLanguage } from '../../ui/useLanguage';
import { useShareLabels, useShareText } from './useShareText';

const QrCode = lazy(async () => ({ default: (await import('./QrCode')).QrCode }));

const whole = '';

/**
 * Hands a Link step's referrals to the person: one service or the whole short list, as plain
 * text (name, numbers, hours, police, what to know, in the screen's language), by the phone's
 * share sheet, SMS, WhatsApp, the clipboard, or a QR code drawn on screen. Nothing is sent
 * unless the Companion taps, and then only to where she chose.
 */
export function HandOver({ entries, headingLevel }: { entries: readonly DirectoryEntry[]; headingLevel: 2 | 3 | 4 }) {
  const { t } = useTranslation('directory');
  const language = useLanguage();
  const labelsFor = useShareLabels();
  const { status, copy, share } = useShareText();
  const [chosenId, setChosenId] = useState(whole);
  const [isQrShown, setIsQrShown] = useState(false);
  const selectId = useId();
  const headingId = useId();
  if (entries.length === 0) return null;
  const chosen = entries.find((entry) => entry.id === chosenId);
  const given = chosen ? [chosen] : entries;
  const text = entriesAsText(given, language, (entry) => labelsFor(entry, true));
  const title = chosen ? chosen.name : t('handOver.whole');
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="directory-hand-over" aria-labelledby={headingId}>
      <Heading id={headingId} className="directory-subheading">
        {t('handOver.title')}
      </Heading>
      <p className="hint">{t('handOver.intro')}</p>
      {entries.length > 1 && (
        <p>
          <label htmlFor={selectId}>{t('handOver.what')}</label>{' '}
          <select id={selectId} className="select" value={chosenId} onChange={(event) => setChosenId(event.target.value)}>
            <option value={whole}>{t('handOver.whole')}</option>
            {entries.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
        </p>
      )}
      <div className="directory-actions">
        {typeof navigator.share === 'function' && (
          <button type="button" className="button button-secondary" onClick={() => void share(title, text)}>
            {t('handOver.share')}
          </button>
        )}
        <a className="button button-secondary" href={`sms:?body=${encodeURIComponent(text)}`}>
          {t('handOver.sms')}
        </a>
        <a
          className="button button-secondary"
          href={`https://wa.me/?text=${encodeURIComponent(text)}`}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('handOver.whatsapp')}
        </a>
        <button type="button" className="button button-secondary" onClick={() => void copy(text)}>
          {t('handOver.copy')}
        </button>
        <button type="button" className="button button-secondary" aria-expanded={isQrShown} onClick={() => setIsQrShown((shown) => !shown)}>
          {isQrShown ? t('handOver.qrHide') : t('handOver.qr')}
        </button>
        <p role="status" className="hint directory-status">
          {status}
        </p>
      </div>
      {isQrShown && (
        <Suspense fallback={<p className="loading">{t('loading')}</p>}>
          <QrCode text={text} label={t('handOver.qrLabel', { what: title })} />
        </Suspense>
      )}
    </section>
  );
}
