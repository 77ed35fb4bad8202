import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { installedPacksOfKind } from '../../db';
import { useLiveQuery } from '../../ui/useLiveQuery';
import { useLanguage } from '../../ui/useLanguage';
import { Link } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { ExercisePlayer } from './ExercisePlayer';
import './selfcare.css';

const typeOrder = ['breathing', 'grounding', 'meditation'] as const;

/** Breathing, grounding and a short meditation, on their own, for anyone who needs a moment. */
export function SelfCareScreen() {
  const { t } = useTranslation('selfcare');
  const language = useLanguage();
  const exercises = useLiveQuery(() => installedPacksOfKind('exercise', language), [language]);
  const [chosenId, setChosenId] = useState<string>();
  const chosen = exercises?.find((exercise) => exercise.id === chosenId);
  const sorted = [...(exercises ?? [])].sort((a, b) => typeOrder.indexOf(a.exerciseType) - typeOrder.indexOf(b.exerciseType));

  return (
    <div className="screen">
      <ScreenHeading>{t('title')}</ScreenHeading>
      {chosen ? (
        <>
          <ExercisePlayer key={chosen.id} exercise={chosen} />
          <button type="button" className="button button-secondary" onClick={() => setChosenId(undefined)}>
            {t('backToList')}
          </button>
        </>
      ) : (
        <>
          <p className="lead">{t('intro')}</p>
          {exercises === undefined && <p className="loading">{t('loading')}</p>}
          {exercises?.length === 0 && <p className="notice">{t('noExercises')}</p>}
          <ul className="selfcare-list">
            {sorted.map((exercise) => (
              <li key={exercise.id}>
                <button type="button" className="card-button selfcare-item" onClick={() => setChosenId(exercise.id)}>
                  <span className="card-button-title">{exercise.title}</span>
                  <span className="card-button-summary">{exercise.summary}</span>
                </button>
              </li>
            ))}
          </ul>
          <p className="hint">{t('companionNote')}</p>
          <p>
            <Link to="/" className="button button-secondary">
              {t('backHome')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
