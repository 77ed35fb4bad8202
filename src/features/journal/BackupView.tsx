import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createBackup, importBackup, restoreBackup } from '../../vault';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { TextField } from '../../ui/TextField';
import { journalGroupOf, toLocalDay } from './entry';
import { downloadTextFile } from './download';
import { JournalNav } from './JournalNav';
import { reloadJournal } from './journalStore';
import { showNotice } from './notices';
import { useNewPassphraseCheck } from './useNewPassphraseCheck';
import { vaultErrorKey } from './vaultErrors';

/** Export to a file sealed with its own passphrase, and import (merge) such a file. */
export function BackupView() {
  const { t } = useTranslation('journal');
  return (
    <div className="screen journal">
      <ScreenHeading>{t('backup.title')}</ScreenHeading>
      <JournalNav />
      <p className="lead">{t('backup.intro')}</p>
      <ExportBackup />
      <BackupFileForm kind="import" />
    </div>
  );
}

function ExportBackup() {
  const { t } = useTranslation(['journal', 'vault']);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; confirmation?: string; form?: string }>({});
  const [done, setDone] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const checkNewPassphrase = useNewPassphraseCheck();

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setDone(undefined);
    const problem = checkNewPassphrase(passphrase, confirmation);
    if (problem) {
      setErrors(problem);
      return;
    }
    setErrors({});
    setIsBusy(true);
    try {
      const backup = await createBackup(passphrase);
      // A plain name: the file may sit in a downloads folder or a cloud drive that others see.
      downloadTextFile(`backup-${toLocalDay(new Date())}.json`, backup.text);
      setDone(t('journal:backup.exported', { count: backup.recordCount }));
      setPassphrase('');
      setConfirmation('');
    } catch (error) {
      setErrors({ form: t(`vault:${vaultErrorKey(error)}`) });
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section aria-labelledby="export-title" className="settings-section">
      <h2 id="export-title">{t('journal:backup.exportTitle')}</h2>
      <p>{t('journal:backup.exportHint')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('journal:backup.passphrase')}
          type="password"
          value={passphrase}
          onValueChange={setPassphrase}
          error={errors.passphrase}
        />
        <TextField
          label={t('journal:backup.confirm')}
          type="password"
          value={confirmation}
          onValueChange={setConfirmation}
          error={errors.confirmation}
        />
        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        <p>
          <button type="submit" className="button" disabled={isBusy}>
            {isBusy ? t('journal:backup.working') : t('journal:backup.export')}
          </button>
        </p>
        <DoneStatus text={done} />
      </form>
    </section>
  );
}

/**
 * Says a backup action is done right under the button that started it, and brings it into view:
 * the person is looking at that button, not at the top of the screen.
 */
function DoneStatus({ text }: { text: string | undefined }) {
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (text) status.current?.scrollIntoView({ block: 'nearest' });
  }, [text]);
  return (
    <p role="status" ref={status} className="backup-done">
      {text}
    </p>
  );
}

/**
 * A backup file and its passphrase. "import" adds the file to the open journal (Backup screen);
 * "restore" is offered on the set-up screen of a new phone: the journal is made from the file,
 * with the file's passphrase, so nobody has to invent a passphrase first.
 */
export function BackupFileForm({ kind }: { kind: 'import' | 'restore' }) {
  const { t } = useTranslation(['journal', 'vault']);
  const fileId = useId();
  const [file, setFile] = useState<File>();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setDone(undefined);
    if (!file) {
      setError(t('journal:backup.chooseFile'));
      return;
    }
    setError(undefined);
    setIsBusy(true);
    try {
      // Imported entries are filed under their month at once, so the next unlock finds them quickly.
      if (kind === 'restore') {
        // The set-up screen goes as soon as the journal exists; the journal then says it is back.
        await restoreBackup(await file.text(), passphrase, { groupOf: journalGroupOf });
        await reloadJournal();
        showNotice({ kind: 'restoredFromBackup' });
        return;
      }
      const summary = await importBackup(await file.text(), passphrase, { groupOf: journalGroupOf });
      await reloadJournal();
      setDone(t('journal:backup.imported', { count: summary.added, updated: summary.updated, unchanged: summary.unchanged }));
      setPassphrase('');
    } catch (caught) {
      setError(
        `${t(`vault:${vaultErrorKey(caught)}`)} ${t(kind === 'restore' ? 'journal:backup.restoreNothingMade' : 'journal:backup.nothingChanged')}`,
      );
    } finally {
      setIsBusy(false);
    }
  }

  const isRestore = kind === 'restore';
  return (
    <section aria-labelledby={`${fileId}-title`} className="settings-section">
      <h2 id={`${fileId}-title`}>{t(isRestore ? 'journal:backup.restoreTitle' : 'journal:backup.importTitle')}</h2>
      <p>{t(isRestore ? 'journal:backup.restoreHint' : 'journal:backup.importHint')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={fileId}>
            {t('journal:backup.file')}
          </label>
          <input
            id={fileId}
            className="file-input"
            type="file"
            accept=".json,application/json"
            onChange={(event) => setFile(event.target.files?.[0])}
          />
        </div>
        <TextField label={t('journal:backup.importPassphrase')} type="password" value={passphrase} onValueChange={setPassphrase} />
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <p>
          <button type="submit" className="button" disabled={isBusy}>
            {isBusy ? t('journal:backup.working') : t(isRestore ? 'journal:backup.restore' : 'journal:backup.import')}
          </button>
        </p>
        <DoneStatus text={done} />
      </form>
    </section>
  );
}
