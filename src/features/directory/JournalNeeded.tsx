import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';

/** Why the person's own list needs the journal, then the way there on a line of its own (a target that stands alone). */
export function JournalNeeded({ reason, isJournalAbsent }: { reason: string; isJournalAbsent: boolean }) {
  const { t } = useTranslation('directory');
  return (
    <>
      <p className="hint">{reason}</p>
      <p>
        <Link to="/journal" className="standalone-link">
          {isJournalAbsent ? t('saved.setUpJournal') : t('saved.openJournal')}
        </Link>
      </p>
    </>
  );
}
