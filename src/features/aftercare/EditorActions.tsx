import { useTranslation } from 'react-i18next';
import type { AftercareFailure } from './followUps';
import { BackButton } from './BackButton';

type EditorActionsProps = {
  /** The editor's strings: `<editor>.save`, `.saving` and `.back`. */
  editor: 'followUp' | 'debrief';
  failure: AftercareFailure | undefined;
  isSaving: boolean;
  isUnsaved: boolean;
  onBack: () => void;
};

/** The end of an aftercare editor: why the last save failed, if it did, then save and the way back. */
export function EditorActions({ editor, failure, isSaving, isUnsaved, onBack }: EditorActionsProps) {
  const { t } = useTranslation('aftercare');
  return (
    <>
      {failure && (
        <p className="field-error" role="alert">
          {t(`errors.${failure}`)}
        </p>
      )}
      <div className="aftercare-actions">
        <button type="submit" className="button" disabled={isSaving}>
          {isSaving ? t(`${editor}.saving`) : t(`${editor}.save`)}
        </button>
        <BackButton label={t(`${editor}.back`)} isUnsaved={isUnsaved} onBack={onBack} />
      </div>
    </>
  );
}
