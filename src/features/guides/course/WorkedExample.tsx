import { useTranslation } from 'react-i18next';
import type { GuidePack } from '../../../content/schema';
import { ReadAloudButton } from '../../../ui/ReadAloudButton';
import { Paragraphs } from '../Paragraphs';

type Example = NonNullable<GuidePack['example']>;

/**
 * The worked example: a dialogue where each line names who speaks, in words (for a screen reader
 * and for anyone who does not see colour) and in its look (the Companion's lines sit apart).
 */
export function WorkedExample({ example, locale }: { example: Example; locale: string }) {
  const { t } = useTranslation('guides');
  const speakerName = (speaker: Example['lines'][number]['speaker']) => t(`course.example.speakers.${speaker}`);
  const speech = [
    example.title,
    example.setting,
    ...example.lines.map((line) => `${t('course.example.speaker', { speaker: speakerName(line.speaker) })} ${line.text}`),
    t('course.example.whatWorked'),
    example.whatWorked,
  ].join('\n\n');
  return (
    <div className="course-example">
      <h3>{example.title}</h3>
      <div className="guide-read-aloud">
        <ReadAloudButton text={speech} locale={locale} />
      </div>
      <p className="course-example-setting">{example.setting}</p>
      <ol className="course-dialogue" aria-label={t('course.example.dialogue')}>
        {example.lines.map((line, index) => (
          // Lines have no ids and never move, so their place is their identity.
          <li key={index} className={`course-line course-line-${line.speaker}`}>
            <span className="course-speaker">{t('course.example.speaker', { speaker: speakerName(line.speaker) })}</span> {line.text}
          </li>
        ))}
      </ol>
      <h3>{t('course.example.whatWorked')}</h3>
      <Paragraphs text={example.whatWorked} />
    </div>
  );
}
