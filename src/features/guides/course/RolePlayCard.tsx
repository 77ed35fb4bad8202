import { useTranslation } from 'react-i18next';
import type { RolePlay } from '../../../content/schema';
import { ReadAloudButton } from '../../../ui/ReadAloudButton';

/**
 * The pair role-play: the situation, then each role on its own card with its own read-aloud, so
 * the phone can be passed from one player to the other; then what to practise and what the
 * observer watches for. "We did it" keeps only that it was done.
 */
export function RolePlayCard({
  roleplay,
  locale,
  isDone,
  onDone,
}: {
  roleplay: RolePlay;
  locale: string;
  isDone: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation('guides');
  return (
    <div className="course-roleplay">
      <p>{t('course.roleplay.intro')}</p>
      <p className="guide-progress">{t('course.roleplay.minutes', { minutes: roleplay.minutes })}</p>
      <section className="course-card" aria-labelledby="roleplay-setup">
        <h3 id="roleplay-setup">{t('course.roleplay.setup')}</h3>
        <div className="guide-read-aloud">
          <ReadAloudButton text={roleplay.setup} locale={locale} />
        </div>
        <p>{roleplay.setup}</p>
      </section>
      {roleplay.roles.map((role, index) => {
        const heading = t('course.roleplay.role', { number: index + 1, name: role.name });
        return (
          <section key={role.name} className="course-card course-role" aria-labelledby={`roleplay-role-${index}`}>
            <h3 id={`roleplay-role-${index}`}>{heading}</h3>
            <div className="guide-read-aloud">
              <ReadAloudButton text={`${heading}\n\n${role.brief}`} locale={locale} />
            </div>
            <p className="course-role-brief">{role.brief}</p>
          </section>
        );
      })}
      <ListCard id="roleplay-practise" heading={t('course.roleplay.practise')} items={roleplay.practise} locale={locale} />
      <ListCard id="roleplay-observer" heading={t('course.roleplay.observer')} items={roleplay.observerWatches} locale={locale} />
      {isDone ? (
        <p className="notice" role="status">
          {t('course.roleplay.marked')}
        </p>
      ) : (
        <button type="button" className="button" onClick={onDone}>
          {t('course.roleplay.done')}
        </button>
      )}
    </div>
  );
}

/** A card of short points (what to practise, what the observer watches for), read aloud with its heading. */
function ListCard({ id, heading, items, locale }: { id: string; heading: string; items: readonly string[]; locale: string }) {
  return (
    <section className="course-card" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <div className="guide-read-aloud">
        <ReadAloudButton text={[heading, ...items].join('\n\n')} locale={locale} />
      </div>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
