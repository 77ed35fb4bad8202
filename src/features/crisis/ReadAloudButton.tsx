import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlLangFor, isLanguage } from '../../i18n/languages';
import { readAloud, stopReading, type ReadAloudOutcome } from './readAloud';

/** Reads one step aloud in the script's own language, or says why it cannot. */
export function ReadAloudButton({ text, locale }: { text: string; locale: string }) {
  const { t } = useTranslation('crisis');
  const [outcome, setOutcome] = useState<ReadAloudOutcome>();
  // Leaving the step (the parent keys this button by step) stops the reading.
  useEffect(() => () => stopReading(), []);
  const languageTag = isLanguage(locale) ? htmlLangFor(locale) : locale;
  const languageName = isLanguage(locale) ? t(`readAloud.languages.${locale}`) : locale;
  return (
    <>
      <button
        type="button"
        className="button button-secondary crisis-read-aloud"
        onClick={() => {
          void readAloud(text, languageTag).then(setOutcome);
        }}
      >
        {t('readAloud.button')}
      </button>
      {outcome === 'no-voice' && (
        <p className="notice crisis-voice-help" role="status">
          {t('readAloud.noVoice', { language: languageName })}
        </p>
      )}
      {outcome === 'unsupported' && (
        <p className="notice crisis-voice-help" role="status">
          {t('readAloud.unsupported')}
        </p>
      )}
    </>
  );
}
