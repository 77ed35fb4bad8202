import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuidePack } from '../../content/schema';
import { Link, navigate } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { Drill } from './Drill';
import { Paragraphs } from './Paragraphs';
import { moduleProgress, withDrillAnswered, withModuleState } from './progressStore';
import { ReadAloudButton } from '../../ui/ReadAloudButton';
import { Reflection } from './Reflection';
import { guidePath, guideSlug, guidesPath } from './slugs';
import type { CourseProgressState } from './useCourseProgress';
import { VaultNotice } from './VaultNotice';
import { usePackInAddressForm } from '../../ui/packText';

type Section = GuidePack['sections'][number];

function sectionSpeech(section: Section): string {
  return [section.heading, section.body, ...(section.useExamples ?? [])].join('\n\n');
}

/** A listening guide, course module or group guide. Painful topics show their content note first. */
export function GuideView({
  guide: packGuide,
  nextModule,
  course,
}: {
  guide: GuidePack;
  nextModule: GuidePack | undefined;
  course: CourseProgressState;
}) {
  const { t } = useTranslation('guides');
  const guide = usePackInAddressForm(packGuide);
  const slug = guideSlug(guide);
  const isModule = guide.category === 'course';
  const [hasAcceptedNote, setHasAcceptedNote] = useState(guide.contentNote === undefined);
  const progress = moduleProgress(course.progress, slug);

  const heading = isModule ? t('moduleNumber', { number: guide.order, title: guide.title }) : guide.title;

  if (!hasAcceptedNote && guide.contentNote) {
    return (
      <div className="screen guides">
        <ScreenHeading>{heading}</ScreenHeading>
        <section className="guide-content-note" aria-labelledby="guide-note-title">
          <h2 id="guide-note-title">{t('contentNote.title')}</h2>
          <p>{guide.contentNote}</p>
          <div className="guide-actions">
            <button type="button" className="button" onClick={() => setHasAcceptedNote(true)}>
              {t('contentNote.continue')}
            </button>
            {isModule && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  course.update((current) => withModuleState(current, slug, { isSkipped: true }));
                  navigate(nextModule ? guidePath(guideSlug(nextModule)) : guidesPath);
                }}
              >
                {t('contentNote.skip')}
              </button>
            )}
            <Link to={guidesPath} className="button button-secondary">
              {isModule ? t('contentNote.pause') : t('contentNote.later')}
            </Link>
          </div>
        </section>
      </div>
    );
  }

  return (
    <div className="screen guides">
      <p className="guide-back">
        <Link to={guidesPath}>{t('back')}</Link>
      </p>
      <ScreenHeading>{heading}</ScreenHeading>
      {isModule && (
        <p>
          <Link to={guidesPath} className="button button-secondary guide-pause">
            {t('pause')}
          </Link>
        </p>
      )}
      <p className="lead">{guide.summary}</p>
      {guide.category === 'group' && (
        <p>
          {/* The group session is its own screen, reached by address so this feature does not load it. */}
          <Link to={`/groups/${slug.replace(/^group-/, '')}`} className="button">
            {t('groupSession')}
          </Link>
        </p>
      )}
      <aside className="guide-reminder" aria-labelledby="guide-reminder-title">
        <h2 id="guide-reminder-title">{t('reminder')}</h2>
        <p>{guide.reminder}</p>
      </aside>

      {guide.sections.map((section) => (
        <section key={section.id} className="guide-section" aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{section.heading}</h2>
          <div className="guide-read-aloud">
            <ReadAloudButton text={sectionSpeech(section)} locale={guide.locale} />
          </div>
          <Paragraphs text={section.body} />
          {section.useExamples && section.useExamples.length > 0 && (
            <div className="guide-examples guide-use">
              <h3>{t('use')}</h3>
              <ul>
                {section.useExamples.map((example) => (
                  <li key={example}>{example}</li>
                ))}
              </ul>
            </div>
          )}
          {section.avoidExamples && section.avoidExamples.length > 0 && (
            <div className="guide-examples guide-avoid">
              <h3>{t('avoid')}</h3>
              <ul>
                {section.avoidExamples.map((example) => (
                  <li key={example.phrase}>
                    <p className="guide-avoid-phrase">{example.phrase}</p>
                    <p>
                      <strong>{t('why')}</strong> {example.why}
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      ))}

      {guide.drills && guide.drills.length > 0 && (
        <section className="guide-practice" aria-labelledby="guide-practice-title">
          <h2 id="guide-practice-title">{t('drill.title')}</h2>
          {guide.drills.map((drill, index) => (
            <Drill
              key={drill.id}
              drill={drill}
              number={index + 1}
              onAnswered={(drillId) => course.update((current) => withDrillAnswered(current, slug, drillId))}
            />
          ))}
        </section>
      )}

      {/* Her own words go only into the vault: without an open one, the module says how to get one, and the way back. */}
      {guide.reflection && course.vaultStatus === 'unlocked' && <Reflection slug={slug} prompt={guide.reflection} />}
      {guide.reflection && (course.vaultStatus === 'absent' || course.vaultStatus === 'locked') && (
        <VaultNotice status={course.vaultStatus} returnTo={guidePath(slug)} />
      )}

      {isModule && (
        <div className="guide-finish">
          {progress.isDone ? (
            <p className="notice" role="status">
              {t('finish.done')}
            </p>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => course.update((current) => withModuleState(current, slug, { isDone: true, isSkipped: false }))}
            >
              {t('finish.markDone')}
            </button>
          )}
          {course.hasSaveFailed && (
            <p className="field-error" role="alert">
              {t('finish.saveFailed')}
            </p>
          )}
        </div>
      )}
      {isModule && nextModule && (
        <p>
          <Link to={guidePath(guideSlug(nextModule))} className="button button-secondary">
            {t('finish.next')}
          </Link>
        </p>
      )}
    </div>
  );
}
