import i18next from 'i18next';
import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/languages';
import { speak, stopSpeaking, type SpeechOutcome } from './speech';

// The strings are tiny; start loading them with the screen that shows this button, so the button
// is ready by the time the screen has read its content.
if (i18next.isInitialized) void i18next.loadNamespaces('speech');

/** Loads the read-aloud strings without suspending the whole screen around it. */
function WithSpeechStrings({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}

/**
 * Why nothing is being read: no voice for the pack's language (and how to add one), or no speech
 * engine at all. Renders nothing for any other outcome.
 */
export function SpeechNotice({
  outcome,
  locale,
  className = 'notice',
}: {
  outcome: SpeechOutcome | undefined;
  locale: string;
  className?: string;
}) {
  if (outcome !== 'no-voice' && outcome !== 'unsupported') return null;
  return (
    <WithSpeechStrings>
      <SpeechNoticeText outcome={outcome} locale={locale} className={className} />
    </WithSpeechStrings>
  );
}

function SpeechNoticeText({ outcome, locale, className }: { outcome: 'no-voice' | 'unsupported'; locale: string; className: string }) {
  const { t } = useTranslation('speech');
  const language = isLanguage(locale) ? t(`languages.${locale}`) : locale;
  return (
    <p className={className} role="status">
      {outcome === 'no-voice' ? t('noVoice', { language }) : t('unsupported')}
    </p>
  );
}

type ReadAloudButtonProps = {
  /** Pack text, spoken as it is. */
  text: string;
  /** The pack's language ("es", "en", "fr"): the voice and the language tag follow it. */
  locale: string;
  /** Classes of the button; the notice sits right after it. */
  className?: string;
  noticeClassName?: string;
};

/**
 * Reads a piece of pack text aloud in its own language; pressed again, it stops. Leaving the
 * screen (or the step, when the parent keys it) stops the voice too.
 */
export function ReadAloudButton(props: ReadAloudButtonProps) {
  return (
    <WithSpeechStrings>
      <ReadAloudControl {...props} />
    </WithSpeechStrings>
  );
}

function ReadAloudControl({ text, locale, className = 'button button-secondary', noticeClassName }: ReadAloudButtonProps) {
  const { t } = useTranslation('speech');
  const [outcome, setOutcome] = useState<SpeechOutcome>();
  const isSpeaking = outcome === 'speaking';
  const isSpeakingRef = useRef(false);
  useEffect(() => {
    isSpeakingRef.current = isSpeaking;
  }, [isSpeaking]);
  useEffect(
    () => () => {
      // Only this button's voice: another button may be reading by now.
      if (isSpeakingRef.current) stopSpeaking();
    },
    [],
  );

  return (
    <>
      <button
        type="button"
        className={`${className} read-aloud`}
        onClick={() => {
          if (isSpeaking) {
            stopSpeaking();
            setOutcome(undefined);
            return;
          }
          void speak(text, locale, { onEnd: () => setOutcome(undefined) }).then((result) =>
            setOutcome(result === 'cancelled' ? undefined : result),
          );
        }}
      >
        {isSpeaking ? t('stop') : t('read')}
      </button>
      <SpeechNotice outcome={outcome} locale={locale} {...(noticeClassName ? { className: noticeClassName } : {})} />
    </>
  );
}
