import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JournalNeeded } from './JournalNeeded';
import { favouriteKind, removeSaved, saveFailureOf, saveFavourite, type SaveFailure } from './savedStore';
import { reloadSaved, useSaved } from './useSaved';

/** Save an entry to the person's own (encrypted) list, or take it off. */
export function SaveToggle({ entryId }: { entryId: string }) {
  const { t } = useTranslation('directory');
  const { status, saved } = useSaved();
  const [failure, setFailure] = useState<SaveFailure>();
  const [isBusy, setIsBusy] = useState(false);
  if (status === 'checking') return null;
  if (status !== 'unlocked') {
    return <JournalNeeded reason={t('saved.saveLocked')} isJournalAbsent={status === 'absent'} />;
  }
  if (!saved) return null;
  const records = saved.favourites.filter((favourite) => favourite.entryId === entryId);
  const isSaved = records.length > 0;

  const toggle = async () => {
    setFailure(undefined);
    setIsBusy(true);
    try {
      if (isSaved) for (const record of records) await removeSaved(favouriteKind, record.recordId);
      else await saveFavourite(entryId);
      reloadSaved();
    } catch (error) {
      setFailure(saveFailureOf(error));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className="directory-save">
      {isSaved && <p className="hint">{t('saved.isSaved')}</p>}
      <button type="button" className="button button-secondary" disabled={isBusy} onClick={() => void toggle()}>
        {isSaved ? t('saved.remove') : t('saved.save')}
      </button>
      {failure && (
        <p role="alert" className="field-error">
          {t(`saved.errors.${failure}`)}
        </p>
      )}
    </div>
  );
}
