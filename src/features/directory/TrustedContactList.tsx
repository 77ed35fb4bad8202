import { useTranslation } from 'react-i18next';
import { useSaved } from './useSaved';

/** The saved contacts, one tap to call each; nothing when there are none. */
export function TrustedContactList({ headingLevel }: { headingLevel: 2 | 3 | 4 }) {
  const { t } = useTranslation('directory');
  const { saved } = useSaved();
  if (!saved || saved.contacts.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="directory-trusted" aria-labelledby="directory-trusted-title">
      <Heading id="directory-trusted-title" className="directory-subheading">
        {t('trusted.title')}
      </Heading>
      <ul className="directory-actions">
        {saved.contacts.map((contact) => (
          <li key={contact.recordId}>
            <a className="button button-secondary" href={`tel:${contact.phone}`}>
              {t('trusted.call', { name: contact.name })}
              <span className="directory-action-label">{t(`saved.roles.${contact.role}`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
