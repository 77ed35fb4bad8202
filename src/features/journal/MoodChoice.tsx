import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { moodIcons, moods, type Mood } from './entry';

/** Five big choices, each with icon, word and colour, so no one depends on colour alone. */
export function MoodChoice({
  legend,
  value,
  onChange,
  error,
}: {
  legend: string;
  value: Mood | undefined;
  onChange: (mood: Mood) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('journal');
  const name = useId();
  return (
    <fieldset className="mood-choice" aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="mood-options">
        {moods.map((mood) => (
          <label key={mood} className={`mood-option mood-${mood}`}>
            <input type="radio" name={name} value={mood} checked={value === mood} onChange={() => onChange(mood)} />
            <span className="mood-icon" aria-hidden="true">
              {moodIcons[mood]}
            </span>
            <span className="mood-word">{t(`moods.${mood}`)}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${name}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** A mood's icon and word. The word comes from the caller, so a long list translates once, not per badge. */
export function MoodBadge({ mood, word }: { mood: Mood; word: string }) {
  return (
    <span className={`mood-badge mood-${mood}`}>
      <span className="mood-icon" aria-hidden="true">
        {moodIcons[mood]}
      </span>
      <span>{word}</span>
    </span>
  );
}
