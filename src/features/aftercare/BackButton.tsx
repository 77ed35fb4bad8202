import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedDraft } from '../../ui/unsavedDraft';

type BackButtonProps = {
  label: string;
  /** Whether the form holds typed text not saved yet. */
  isUnsaved: boolean;
  onBack: () => void;
};

/**
 * An editor's way back. Going back unmounts the form and its typed words with it, so with unsaved
 * text she is asked first (keep writing is the default and takes the focus); with nothing typed it
 * goes straight back. It also marks the text as held, so an update from another tab waits for it.
 */
export function BackButton({ label, isUnsaved, onBack }: BackButtonProps) {
  const { t } = useTranslation('aftercare');
  const [isAsking, setIsAsking] = useState(false);
  const stayRef = useRef<HTMLButtonElement>(null);
  useUnsavedDraft(isUnsaved);

  useEffect(() => {
    if (isAsking) stayRef.current?.focus();
  }, [isAsking]);

  if (isAsking && isUnsaved) {
    return (
      <div role="group" aria-labelledby="aftercare-leave-question" className="aftercare-leave">
        <p id="aftercare-leave-question" role="alert">
          {t('leave.question')}
        </p>
        <button ref={stayRef} type="button" className="button" onClick={() => setIsAsking(false)}>
          {t('leave.stay')}
        </button>
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t('leave.leave')}
        </button>
      </div>
    );
  }

  return (
    <button type="button" className="button button-secondary" onClick={() => (isUnsaved ? setIsAsking(true) : onBack())}>
      {label}
    </button>
  );
}
