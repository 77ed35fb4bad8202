import { useEffect, useId, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createBackup, importBackup, restoreBackup } from '../../vault';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { TextField } from '../../ui/TextField';
import type { VaultRecordsOwner } from './recordsOwner';
import { saveBackupFile } from './saveBackupFile';
import { useNewPassphraseCheck } from './useNewPassphraseCheck';
import { vaultErrorKey } from './vaultErrors';
import './vault.css';

/** Export to a file sealed with its own passphrase, and import (merge) such a file. `nav` is the owner's navigation, under the heading. */
export function BackupView({ nav, owner }: { nav: ReactNode; owner: VaultRecordsOwner }) {
  const { t } = useTranslation('vault');
  return (
    <div className="screen vault">
      <ScreenHeading>{t('backup.title')}</ScreenHeading>
      {nav}
      <p className="lead">{t('backup.intro')}</p>
      <ExportBackup />
      <BackupFileForm kind="import" owner={owner} />
    </div>
  );
}

function ExportBackup() {
  const { t } = useTranslation('vault');
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
      saveBackupFile(backup.text);
      setDone(t('backup.exported', { count: backup.recordCount }));
      setPassphrase('');
      setConfirmation('');
    } catch (error) {
      setErrors({ form: t(vaultErrorKey(error)) });
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section aria-labelledby="export-title" className="settings-section">
      <h2 id="export-title">{t('backup.exportTitle')}</h2>
      <p>{t('backup.exportHint')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('backup.passphrase')}
          type="password"
          value={passphrase}
          onValueChange={setPassphrase}
          error={errors.passphrase}
        />
        <TextField
          label={t('backup.confirm')}
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
            {isBusy ? t('backup.working') : t('backup.export')}
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
 * with the file's passphrase, so nobody has to invent a passphrase first. Without an owner (the
 * crisis notes' gate) a restore files nothing by group and tells no one.
 */
export function BackupFileForm({ kind, owner }: { kind: 'import' | 'restore'; owner: VaultRecordsOwner | undefined }) {
  const { t } = useTranslation('vault');
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
      setError(t('backup.chooseFile'));
      return;
    }
    setError(undefined);
    setIsBusy(true);
    try {
      // Imported entries are filed under their month at once, so the next unlock finds them quickly.
      if (kind === 'restore') {
        // The set-up screen goes as soon as the vault exists; the owner then says it is back.
        await restoreBackup(await file.text(), passphrase, { groupOf: owner?.groupOf });
        await owner?.afterBackupRead('restore');
        return;
      }
      const summary = await importBackup(await file.text(), passphrase, { groupOf: owner?.groupOf });
      await owner?.afterBackupRead('import');
      setDone(t('backup.imported', { count: summary.added, updated: summary.updated, unchanged: summary.unchanged }));
      setPassphrase('');
    } catch (caught) {
      setError(`${t(vaultErrorKey(caught))} ${t(kind === 'restore' ? 'backup.restoreNothingMade' : 'backup.nothingChanged')}`);
    } finally {
      setIsBusy(false);
    }
  }

  const isRestore = kind === 'restore';
  return (
    <section aria-labelledby={`${fileId}-title`} className="settings-section">
      <h2 id={`${fileId}-title`}>{t(isRestore ? 'backup.restoreTitle' : 'backup.importTitle')}</h2>
      <p>{t(isRestore ? 'backup.restoreHint' : 'backup.importHint')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={fileId}>
            {t('backup.file')}
          </label>
          <input
            id={fileId}
            className="file-input"
            type="file"
            accept=".json,application/json"
            onChange={(event) => setFile(event.target.files?.[0])}
          />
        </div>
        <TextField label={t('backup.importPassphrase')} type="password" value={passphrase} onValueChange={setPassphrase} />
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <p>
          <button type="submit" className="button" disabled={isBusy}>
            {isBusy ? t('backup.working') : t(isRestore ? 'backup.restore' : 'backup.import')}
          </button>
        </p>
        <DoneStatus text={done} />
      </form>
    </section>
  );
}
