import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlLangFor, isLanguage } from '../../i18n/languages';
import { speak, stopSpeaking, type SpeechOutcome } from './readAloud';

/** Reads a block of pack text aloud in the pack's language; a second press stops it. */
export function ReadAloudButton({ text, locale }: { text: string; locale: string }) {
  const { t } = useTranslation('guides');
  const [outcome, setOutcome] = useState<SpeechOutcome>();
  const isSpeaking = outcome === 'speaking';
  // Leaving the screen stops the voice.
  useEffect(() => () => stopSpeaking(), []);
  const languageTag = isLanguage(locale) ? htmlLangFor(locale) : locale;
  return (
    <div className="guide-read-aloud">
      <button
        type="button"
        className="button button-secondary"
        aria-pressed={isSpeaking}
        onClick={() => {
          if (isSpeaking) {
            stopSpeaking();
            setOutcome(undefined);
            return;
          }
          void speak(text, languageTag, () => setOutcome(undefined)).then(setOutcome);
        }}
      >
        <span aria-hidden="true">🔊 </span>
        {isSpeaking ? t('readAloud.stop') : t('readAloud.start')}
      </button>
      {outcome === 'no-voice' && (
        <p className="notice" role="status">
          {t('readAloud.noVoice')}
        </p>
      )}
      {outcome === 'unsupported' && (
        <p className="notice" role="status">
          {t('readAloud.unsupported')}
        </p>
      )}
    </div>
  );
}
