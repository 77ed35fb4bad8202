import { useTranslation } from 'react-i18next';
import { useShareText } from '../directory';

/**
 * A card leaves the app only when she taps Send or Copy, as plain text (the directory's share,
 * which the safety plan uses too: the share sheet where the phone has one, else the clipboard).
 */
export function ShareCard({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation('cards');
  const { status, copy, share } = useShareText();
  const canShare = typeof navigator.share === 'function';
  return (
    <div className="cards-share" role="group" aria-label={t('share.label', { title })}>
      <div className="button-row">
        {canShare && (
          <button type="button" className="button button-secondary" onClick={() => void share(title, text)}>
            {t('share.send')}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={() => void copy(text)}>
          {t('share.copy')}
        </button>
      </div>
      <p role="status" className="hint">
        {status}
      </p>
    </div>
  );
}
