import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../lib/localDay';
import { RadioChoices } from '../../ui/RadioChoices';
import { Link } from '../../ui/router';
import { saveTextFile } from '../../ui/saveTextFile';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { VaultGate } from '../vault';
import { feedbackCsv, fewPeopleDays, type CsvWords } from './csv';
import { TopicLine } from './RoundScreen';
import { loadFeedback, questionIds, scalePoints, type FeedbackSession, type LoadedFeedback } from './rounds';
import { topicParam } from './paths';

/** The facilitator's past rounds, counted per session, and the CSV file for her organisation. Vault only. */
export function FeedbackList() {
  const { t } = useTranslation('feedback');
  const back = (
    <Link to="/settings" className="button button-secondary">
      {t('list.back')}
    </Link>
  );
  return (
    <VaultGate title={t('list.title')} loadingText={t('opening')} wayBack={back}>
      <Sessions back={back} />
    </VaultGate>
  );
}

function Sessions({ back }: { back: ReactNode }) {
  const { t } = useTranslation('feedback');
  const [loaded, setLoaded] = useState<LoadedFeedback>();
  const [hasFailed, setHasFailed] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    loadFeedback().then(
      (result) => isCurrent && setLoaded(result),
      () => isCurrent && setHasFailed(true),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  return (
    <div className="screen feedback-list">
      <ScreenHeading>{t('list.title')}</ScreenHeading>
      <p className="lead">{t('list.intro')}</p>
      {!loaded && !hasFailed && <p className="loading">{t('opening')}</p>}
      {hasFailed && (
        <p className="field-error" role="alert">
          {t('list.loadFailed')}
        </p>
      )}
      {loaded?.sessions.length === 0 && <p>{t('list.empty')}</p>}
      {loaded?.sessions.map((session) => (
        <SessionCounts key={`${session.day} ${topicParam(session.topic)}`} session={session} />
      ))}
      {loaded && loaded.unreadable > 0 && <p className="hint">{t('list.unreadable', { count: loaded.unreadable })}</p>}
      {loaded && loaded.sessions.length > 0 && <CsvExport sessions={loaded.sessions} />}
      <p>{back}</p>
    </div>
  );
}

function SessionCounts({ session }: { session: FeedbackSession }) {
  const { t } = useTranslation('feedback');
  const headingId = `feedback-${session.day}-${topicParam(session.topic).replace(':', '-')}`;
  return (
    <section aria-labelledby={headingId} className="feedback-session">
      <h2 id={headingId}>
        <time dateTime={session.day}>{session.day}</time>
      </h2>
      <TopicLine topic={session.topic} />
      <p>{t('list.people', { count: session.people })}</p>
      {questionIds.map((question) => (
        <table key={question} className="feedback-table">
          <caption>{t(`questions.${question}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.answer')}</th>
              <th scope="col">{t('list.count')}</th>
            </tr>
          </thead>
          <tbody>
            {scalePoints.map((point) => (
              <tr key={point}>
                <th scope="row">{t(`scale.${point}`)}</th>
                <td>{session.counts[question][point - 1]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {session.comments.length > 0 && (
        <>
          <h3>{t('list.comments')}</h3>
          <ul className="feedback-comments">
            {session.comments.map((comment, index) => (
              // Comments have no id of their own here, and the list never reorders while shown.
              <li key={index}>{comment}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

type CsvChoice = 'countsOnly' | 'withComments';

function CsvExport({ sessions }: { sessions: readonly FeedbackSession[] }) {
  const { t } = useTranslation('feedback');
  const [choice, setChoice] = useState<CsvChoice>('countsOnly');
  const [isSaved, setIsSaved] = useState(false);
  const smallDays = fewPeopleDays(sessions);
  function save() {
    const words: CsvWords = {
      header: {
        date: t('export.header.date'),
        topic: t('export.header.topic'),
        people: t('export.header.people'),
        question: t('export.header.question'),
        answer: t('export.header.answer'),
        count: t('export.header.count'),
      },
      questions: { useful: t('questions.useful'), safe: t('questions.safe'), clear: t('questions.clear'), again: t('questions.again') },
      comment: t('export.comment'),
    };
    saveTextFile(feedbackCsv(sessions, words, choice === 'withComments'), `feedback-${localDay(new Date())}.csv`, 'text/csv');
    setIsSaved(true);
  }
  return (
    <section aria-labelledby="feedback-export" className="feedback-export">
      <h2 id="feedback-export">{t('export.title')}</h2>
      <p>{t('export.hint')}</p>
      <RadioChoices
        legend={t('export.legend')}
        name="feedback-export"
        choices={(['countsOnly', 'withComments'] as const).map((value) => ({ value, label: t(`export.${value}`) }))}
        chosen={choice}
        onChoose={(value) => {
          setChoice(value);
          setIsSaved(false);
        }}
      >
        {choice === 'withComments' && <p className="feedback-warning">{t('export.commentsWarning')}</p>}
        {choice === 'withComments' && smallDays.length > 0 && (
          <p className="feedback-warning">{t('export.fewPeople', { days: smallDays.join(', ') })}</p>
        )}
      </RadioChoices>
      <p>
        <button type="button" className="button" onClick={save}>
          {t('export.save')}
        </button>
      </p>
      <div role="status">{isSaved && <p>{t('export.saved')}</p>}</div>
    </section>
  );
}
