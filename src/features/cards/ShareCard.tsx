import { useTranslation } from 'react-i18next';
import { ShareTextButtons } from '../directory';

/**
 * A card leaves the app only when she taps Send or Copy, as plain text (the directory's share,
 * which the safety plan uses too: the share sheet where the phone has one, else the clipboard).
 */
export function ShareCard({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation('cards');
  return (
    <div className="cards-share" role="group" aria-label={t('share.label', { title })}>
      {/* Said where she sends it, not only where she prints: a card in a chat outs her as much as one in a bag. */}
      <p className="hint">{t('share.warning')}</p>
      <ShareTextButtons title={title} text={text} sendLabel={t('share.send')} copyLabel={t('share.copy')} />
    </div>
  );
}
