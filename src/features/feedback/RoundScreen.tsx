import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../lib/localDay';
import { Link, navigate } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useVaultState } from '../../ui/useVaultState';
import { useLanguage } from '../../ui/useLanguage';
import { useLiveQuery } from '../../ui/useLiveQuery';
import { VaultGate } from '../vault';
import { ParticipantForm } from './ParticipantForm';
import { newRound, type Round } from './rounds';
import { feedbackListPath, topicFrom, type FeedbackTopic } from './paths';
import { topicTitle } from './topicTitle';

/** The `for` parameter of the address this screen was opened with (other screens link here with it). */
function forParam(): string | null {
  return new URLSearchParams(window.location.search).get('for');
}

/** `/feedback/new?for=group:<theme>` or `?for=course:<module>`: a feedback round for that session. */
export function RoundScreen() {
  const { t } = useTranslation('feedback');
  const found = useMemo(() => topicFrom(forParam()), []);
  if ('problem' in found) {
    return (
      <div className="screen">
        <ScreenHeading>{t('badFor.title')}</ScreenHeading>
        <p className="field-error" role="alert">
          {t(`badFor.${found.problem}`)}
        </p>
        <p>
          <Link to={feedbackListPath} className="button button-secondary">
            {t('badFor.toList')}
          </Link>
        </p>
      </div>
    );
  }
  return <FeedbackRound topic={found.topic} />;
}

/** What the session was about: the guide's title when it is installed, else its kind and slug. */
export function TopicLine({ topic }: { topic: FeedbackTopic }) {
  const { t } = useTranslation('feedback');
  const language = useLanguage();
  const title = useLiveQuery(() => topicTitle(topic, language), [topic.kind, topic.slug, language]);
  // Empty for the moment the lookup takes, rather than flashing the slug before the title.
  return <p className="feedback-topic">{title === undefined ? '' : (title ?? t(`topic.${topic.kind}`, { slug: topic.slug }))}</p>;
}

type Phase = 'ready' | 'running' | 'ended';

/** Back to the screen that linked here; opened straight from an address, to the list of past rounds. */
function goBack(): void {
  if (window.history.length > 1) window.history.back();
  else navigate(feedbackListPath, { replace: true });
}

/*
 * The round's phases live above the vault's gate, so they outlast a lock: when the participants'
 * form locks the vault (the end button, Back, the auto-lock), the gate shows the unlock screen,
 * and only after the facilitator's passphrase does the screen come back, at "Round ended". What
 * she sees there is the number who answered; from there she may go on with the same round.
 */
function FeedbackRound({ topic }: { topic: FeedbackTopic }) {
  const { t } = useTranslation('feedback');
  const vault = useVaultState();
  const [phase, setPhase] = useState<Phase>('ready');
  const [roundId] = useState(() => crypto.randomUUID());
  const [round, setRound] = useState<Round>(() => newRound(topic, localDay(new Date())));
  if (phase === 'running' && vault.status !== 'unlocked') setPhase('ended');

  const back = (
    <button type="button" className="button button-secondary" onClick={goBack}>
      {t('start.back')}
    </button>
  );
  return (
    // While the form was in others' hands, the unlock screen offers no way elsewhere.
    <VaultGate title={t('start.title')} loadingText={t('opening')} wayBack={phase === 'ready' ? back : null}>
      {phase === 'ready' && (
        <div className="screen">
          <ScreenHeading>{t('start.title')}</ScreenHeading>
          <TopicLine topic={topic} />
          <p className="lead">{t('start.intro')}</p>
          <p>{t('start.whileRunning')}</p>
          <p>{t('start.toEnd')}</p>
          <p>
            <button type="button" className="button" onClick={() => setPhase('running')}>
              {t('start.begin')}
            </button>
          </p>
          <p>{back}</p>
        </div>
      )}
      {phase === 'running' && <ParticipantForm roundId={roundId} round={round} onSaved={setRound} />}
      {phase === 'ended' && (
        <div className="screen">
          <ScreenHeading>{t('ended.title')}</ScreenHeading>
          <TopicLine topic={topic} />
          <p>{t('ended.people', { count: round.people })}</p>
          <p>
            <button type="button" className="button" onClick={() => setPhase('running')}>
              {t('ended.continue')}
            </button>
          </p>
          <p>
            <button type="button" className="button button-secondary" onClick={() => navigate(feedbackListPath, { replace: true })}>
              {t('ended.seeAll')}
            </button>
          </p>
        </div>
      )}
    </VaultGate>
  );
}
