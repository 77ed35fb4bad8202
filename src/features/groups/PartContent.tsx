import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../../ui/ReadAloudButton';
import type { SessionPart } from './sessionPlan';

// The lists of the shared parts, in the order they are read out; their words are in groups.json.
const agreementKeys = ['confidential', 'pass', 'oneVoice', 'ownStory', 'noAdvice'] as const;
const debriefKeys = ['went', 'hard', 'worry', 'body', 'share'] as const;

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** What a part says, as headings, paragraphs and a list; the same words feed the voice. */
function usePartText(part: SessionPart): { heading: string; body: string; listTitle?: string; items: string[] } {
  const { t } = useTranslation('groups');
  if (part.kind === 'theme') return { heading: part.section.heading, body: part.section.body, items: part.section.useExamples ?? [] };
  if (part.id === 'welcome') {
    return {
      heading: t('welcome.heading'),
      body: t('welcome.body'),
      listTitle: t('welcome.agreementsTitle'),
      items: agreementKeys.map((key) => t(`welcome.agreements.${key}`)),
    };
  }
  return { heading: t('debrief.heading'), body: t('debrief.intro'), items: debriefKeys.map((key) => t(`debrief.questions.${key}`)) };
}

export function partHeading(part: SessionPart, t: TFunction<'groups'>): string {
  if (part.kind === 'theme') return part.section.heading;
  return part.id === 'welcome' ? t('welcome.heading') : t('debrief.heading');
}

/** The current part, large enough to read from arm's length, with a button to hear it. */
export function PartContent({ part, locale }: { part: SessionPart; locale: string }) {
  const text = usePartText(part);
  const spoken = [text.heading, text.body, text.listTitle, ...text.items].filter(Boolean).join('\n\n');
  return (
    <div className="group-part">
      <div className="group-read-aloud">
        {/* Keyed by part, so moving on stops the voice of the part before. */}
        <ReadAloudButton key={part.id} text={spoken} locale={locale} />
      </div>
      {paragraphs(text.body).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {text.listTitle && <h3>{text.listTitle}</h3>}
      {text.items.length > 0 && (
        <ul className="group-list">
          {text.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
