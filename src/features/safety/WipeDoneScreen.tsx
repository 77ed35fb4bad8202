import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../ui/ScreenHeading';

/** Right after "Delete all my data": says it is done, in the language she was using, before the fresh start. */
export function WipeDoneScreen({ onContinue }: { onContinue: () => void }) {
  const { t } = useTranslation('safety');
  return (
    <div className="screen">
      <ScreenHeading>{t('settings.delete.doneTitle')}</ScreenHeading>
      <p className="lead">{t('settings.delete.doneBody')}</p>
      <p>{t('settings.delete.doneAfter')}</p>
      <p>
        <button type="button" className="button" onClick={onContinue}>
          {t('settings.delete.doneContinue')}
        </button>
      </p>
    </div>
  );
}
