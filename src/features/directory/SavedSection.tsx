import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDialable } from '../../content/links';
import type { DirectoryEntry, DirectoryPack } from '../../content/schema';
import { TextField } from '../../ui/TextField';
import { EntrySummary } from './EntrySummary';
import { JournalNeeded } from './JournalNeeded';
import { entryPath } from './paths';
import {
  checkContact,
  contactKind,
  contactRoles,
  favouriteKind,
  removeSaved,
  saveContact,
  saveFailureOf,
  type ContactProblem,
  type ContactRole,
  type SaveFailure,
} from './savedStore';
import { reloadSaved, useSaved } from './useSaved';

/** The person's own list, first on the screen when the vault is open; a way to it when not. */
export function SavedSection({ packs }: { packs: readonly DirectoryPack[] }) {
  const { t } = useTranslation('directory');
  const { status, saved, failed } = useSaved();
  if (status === 'checking') return null;
  if (status !== 'unlocked') {
    return <JournalNeeded reason={status === 'absent' ? t('saved.absent') : t('saved.locked')} isJournalAbsent={status === 'absent'} />;
  }
  if (failed) return <p className="notice">{t('saved.loadFailed')}</p>;
  if (!saved) return null;
  const entriesById = new Map<string, DirectoryEntry>(packs.flatMap((pack) => pack.entries.map((entry) => [entry.id, entry] as const)));
  const places = saved.favourites.map((favourite) => ({ ...favourite, entry: entriesById.get(favourite.entryId) }));
  return (
    <section aria-labelledby="directory-saved" className="directory-saved">
      <h2 id="directory-saved">{t('saved.title')}</h2>
      <p className="hint">{t('saved.intro')}</p>
      {saved.unreadable > 0 && <p className="notice">{t('saved.unreadable', { count: saved.unreadable })}</p>}
      {places.length === 0 && saved.contacts.length === 0 && <p>{t('saved.empty')}</p>}
      {places.length > 0 && (
        <>
          <h3 className="directory-subheading">{t('saved.places')}</h3>
          <ul className="directory-list">
            {places.map(({ recordId, entry }) => (
              <li key={recordId}>
                {entry ? (
                  <EntrySummary entry={entry} headingLevel={4} detailsPath={entryPath(entry.id)} />
                ) : (
                  <p className="directory-entry">
                    {t('saved.gone')} <RemoveButton label={t('saved.remove')} onRemove={() => removeSaved(favouriteKind, recordId)} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {saved.contacts.length > 0 && (
        <>
          <h3 className="directory-subheading">{t('saved.contacts')}</h3>
          <ul className="directory-list">
            {saved.contacts.map((contact) => (
              <li key={contact.recordId} className="directory-entry">
                <h4 className="directory-entry-name">{contact.name}</h4>
                <p className="directory-entry-meta">{t(`saved.roles.${contact.role}`)}</p>
                <div className="directory-actions">
                  {isDialable(contact.phone) ? (
                    <a className="button" href={`tel:${contact.phone}`}>
                      {t('actions.call', { number: contact.phone })}
                    </a>
                  ) : (
                    // Saved before tel: links lost * and #: shown to type by hand, never dialled by a tap.
                    <p className="directory-keypad">{t('actions.keypad', { code: contact.phone })}</p>
                  )}
                  <RemoveButton
                    label={t('saved.removeContact', { name: contact.name })}
                    onRemove={() => removeSaved(contactKind, contact.recordId)}
                  />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <AddContactForm />
    </section>
  );
}

function RemoveButton({ label, onRemove }: { label: string; onRemove: () => Promise<void> }) {
  const { t } = useTranslation('directory');
  const [failure, setFailure] = useState<SaveFailure>();
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          onRemove().then(reloadSaved, (error: unknown) => setFailure(saveFailureOf(error)));
        }}
      >
        {label}
      </button>
      {failure && (
        <span role="alert" className="field-error">
          {t(`saved.errors.${failure}`)}
        </span>
      )}
    </>
  );
}

function AddContactForm() {
  const { t } = useTranslation('directory');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [role, setRole] = useState<ContactRole>('friend');
  const [problems, setProblems] = useState<ContactProblem>({});
  const [message, setMessage] = useState<{ text: string; isError: boolean }>();
  const [isBusy, setIsBusy] = useState(false);

  const submit = async () => {
    setMessage(undefined);
    const checked = checkContact({ name, phone, role });
    if ('problems' in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    setIsBusy(true);
    try {
      await saveContact(checked.contact);
      setName('');
      setPhone('');
      setMessage({ text: t('saved.contactSaved'), isError: false });
      reloadSaved();
    } catch (error) {
      // What was typed stays in the form, so nothing is lost.
      setMessage({ text: t(`saved.errors.${saveFailureOf(error)}`), isError: true });
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <details className="directory-add-contact">
      <summary className="button button-secondary">{t('saved.addContact')}</summary>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          label={t('saved.contactName')}
          value={name}
          onValueChange={setName}
          maxLength={120}
          error={problems.name && t(`saved.errors.${problems.name}`)}
        />
        <TextField
          type="tel"
          inputMode="tel"
          label={t('saved.contactPhone')}
          hint={t('saved.contactPhoneHint')}
          value={phone}
          onValueChange={setPhone}
          maxLength={40}
          error={problems.phone && t(`saved.errors.${problems.phone}`)}
        />
        <fieldset className="choice-group">
          <legend>{t('saved.contactRole')}</legend>
          {contactRoles.map((choice) => (
            <label key={choice} className="choice">
              <input type="radio" name="contact-role" value={choice} checked={role === choice} onChange={() => setRole(choice)} />
              {t(`saved.roles.${choice}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={isBusy}>
          {t('saved.saveContact')}
        </button>
        {message && (
          <p role={message.isError ? 'alert' : 'status'} className={message.isError ? 'field-error' : 'hint'}>
            {message.text}
          </p>
        )}
      </form>
    </details>
  );
}
