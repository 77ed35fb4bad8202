import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteAllData, restartFresh, WipeError } from './wipe';

type Step = 'idle' | 'confirming' | 'deleting' | 'blocked' | 'failed';

/** "Delete all my data", with one confirmation; on success the app restarts fresh and says it is done. */
export function DeleteAllData() {
  const { t } = useTranslation('safety');
  const [step, setStep] = useState<Step>('idle');

  async function confirmDelete() {
    setStep('deleting');
    try {
      await deleteAllData();
      restartFresh();
    } catch (error) {
      setStep(error instanceof WipeError && error.reason === 'blocked' ? 'blocked' : 'failed');
    }
  }

  return (
    <div>
      <h3>{t('settings.delete.title')}</h3>
      <p>{t('settings.delete.body')}</p>
      <p>{t('settings.delete.remains')}</p>
      <p>{t('settings.delete.beforeYouDelete')}</p>
      {step === 'confirming' || step === 'deleting' ? (
        <div className="confirm-box" role="group" aria-labelledby="delete-confirm-question">
          <p id="delete-confirm-question">
            <strong>{t('settings.delete.question')}</strong>
          </p>
          <p>{t('settings.delete.cannotUndo')}</p>
          {/* Present from the start, so a screen reader announces the text when it changes. */}
          <p role="status">{step === 'deleting' ? t('settings.delete.keepOpen') : ''}</p>
          <button type="button" className="button button-urgent" disabled={step === 'deleting'} onClick={() => void confirmDelete()}>
            {step === 'deleting' ? t('settings.delete.deleting') : t('settings.delete.confirm')}
          </button>{' '}
          <button type="button" className="button button-secondary" disabled={step === 'deleting'} onClick={() => setStep('idle')}>
            {t('settings.delete.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setStep('confirming')}>
          {t('settings.delete.start')}
        </button>
      )}
      {(step === 'blocked' || step === 'failed') && (
        <p className="field-error" role="alert">
          {t(`settings.delete.${step}`)}
        </p>
      )}
    </div>
  );
}
