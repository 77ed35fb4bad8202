import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format';
import { fallbackLanguage } from '../../../i18n/languages';
import { usePreferences } from '../../../ui/usePreferences';
import { requestLock } from '../../../vault/lockSignal';
import { Link } from '../../../ui/router';
import { ScreenHeading } from '../../../ui/ScreenHeading';
import { SummaryList } from '../SummaryList';
import {
  deleteCompanionNote,
  loadCompanionNotes,
  noteFailureOf,
  type LoadedNotes,
  type NoteFailure,
  type StoredNote,
} from './companionNotes';
import { VaultGate } from '../../vault';

const crisisPath = '/crisis';

/** The Companion's saved notes, behind the vault: read them, delete them. */
export function NotesScreen() {
  const { t } = useTranslation('crisis');
  const back = (
    <Link to={crisisPath} className="button button-secondary">
      {t('notes.back')}
    </Link>
  );
  return (
    <VaultGate title={t('notes.title')} loadingText={t('notes.loading')} wayBack={back} whenAbsent={<NoVault back={back} />}>
      <OpenNotes back={back} />
    </VaultGate>
  );
}

/** No vault means no notes: say where notes come from instead of asking for a passphrase to guard nothing. */
function NoVault({ back }: { back: ReactNode }) {
  const { t } = useTranslation('crisis');
  return (
    <div className="screen crisis-notes">
      <ScreenHeading>{t('notes.title')}</ScreenHeading>
      <p>{t('notes.absent')}</p>
      <p>{back}</p>
    </div>
  );
}

function OpenNotes({ back }: { back: ReactNode }) {
  const { t } = useTranslation('crisis');
  const language = usePreferences().language ?? fallbackLanguage;
  const [loaded, setLoaded] = useState<LoadedNotes>();
  const [hasLoadFailed, setHasLoadFailed] = useState(false);
  const [deletedCount, setDeletedCount] = useState(0);
  const statusRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let isCurrent = true;
    loadCompanionNotes().then(
      (notes) => {
        if (isCurrent) setLoaded(notes);
      },
      () => {
        if (isCurrent) setHasLoadFailed(true);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  // The deleted note's buttons are gone with it: the focus goes to the message that says so.
  useEffect(() => {
    if (deletedCount > 0) statusRef.current?.focus();
  }, [deletedCount]);

  return (
    <div className="screen crisis-notes">
      <ScreenHeading>{t('notes.title')}</ScreenHeading>
      <p className="lead">{t('notes.intro')}</p>
      <p ref={statusRef} tabIndex={-1} role="status" className="crisis-notes-status">
        {deletedCount > 0 ? t('notes.deleted') : ''}
      </p>
      {hasLoadFailed && (
        <p className="field-error" role="alert">
          {t('notes.loadFailed')}
        </p>
      )}
      {!hasLoadFailed && loaded === undefined && <p className="loading">{t('notes.loading')}</p>}
      {loaded && loaded.unreadable > 0 && <p className="notice">{t('notes.unreadable', { count: loaded.unreadable })}</p>}
      {loaded?.notes.length === 0 && <p>{t('notes.empty')}</p>}
      {loaded && loaded.notes.length > 0 && (
        <ul className="crisis-notes-list">
          {loaded.notes.map((note) => (
            <li key={note.id}>
              <SavedNote
                note={note}
                savedOn={formatDate(new Date(note.savedAt), language, { dateStyle: 'medium', timeStyle: 'short' })}
                onDeleted={() => {
                  setLoaded({ ...loaded, notes: loaded.notes.filter((candidate) => candidate.id !== note.id) });
                  setDeletedCount((count) => count + 1);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <div className="crisis-close-actions">
        {back}
        <button type="button" className="button button-secondary" onClick={() => requestLock('manual')}>
          {t('notes.lock')}
        </button>
      </div>
    </div>
  );
}

function SavedNote({ note, savedOn, onDeleted }: { note: StoredNote; savedOn: string; onDeleted: () => void }) {
  const { t } = useTranslation('crisis');
  const [isConfirming, setIsConfirming] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);
  const [failure, setFailure] = useState<NoteFailure>();
  const headingId = `crisis-note-${note.id}`;

  const remove = async () => {
    setIsDeleting(true);
    setFailure(undefined);
    try {
      await deleteCompanionNote(note.id);
      onDeleted();
    } catch (error) {
      setFailure(noteFailureOf(error));
      setIsDeleting(false);
    }
  };

  return (
    <article className="crisis-saved-note" aria-labelledby={headingId}>
      <h2 id={headingId} className="crisis-saved-note-title">
        {note.scriptTitle}
      </h2>
      <p className="hint">{t('notes.savedOn', { date: savedOn })}</p>
      <SummaryList steps={note.stepsDone} minutes={note.minutes} services={note.services} />
      {note.text && (
        <p className="crisis-saved-note-text">
          <span className="crisis-note-label">{t('notes.yourNote')} </span>
          {note.text}
        </p>
      )}
      {note.nextContact && (
        <dl className="crisis-saved-note-contact">
          <dt>{t('notes.nextContact')}</dt>
          {note.nextContact.who && <dd>{t('notes.nextContactWho', { who: note.nextContact.who })}</dd>}
          {note.nextContact.when && <dd>{t('notes.nextContactWhen', { when: note.nextContact.when })}</dd>}
        </dl>
      )}
      {isConfirming ? (
        <div role="group" aria-labelledby={`${headingId}-confirm`} className="crisis-note-confirm">
          <p id={`${headingId}-confirm`}>{t('notes.deleteQuestion')}</p>
          <div className="crisis-close-actions">
            <button type="button" className="button button-secondary" disabled={isDeleting} onClick={() => void remove()}>
              {t('notes.deleteYes')}
            </button>
            <button type="button" className="button" onClick={() => setIsConfirming(false)}>
              {t('notes.deleteNo')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setIsConfirming(true)}>
          {t('notes.delete')}
        </button>
      )}
      {failure && (
        <p className="field-error" role="alert">
          {t(`notes.errors.${failure}`)}
        </p>
      )}
    </article>
  );
}
