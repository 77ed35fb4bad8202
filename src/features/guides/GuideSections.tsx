import { useTranslation } from 'react-i18next';
import type { GuidePack } from '../../content/schema';
import { ReadAloudButton } from '../../ui/ReadAloudButton';
import { Paragraphs } from './Paragraphs';

type Section = GuidePack['sections'][number];

function sectionSpeech(section: Section): string {
  return [section.heading, section.body, ...(section.useExamples ?? [])].join('\n\n');
}

/** A guide's reading: each section with its read-aloud, what to say and what to avoid. */
export function GuideSections({ guide, level = 2 }: { guide: GuidePack; level?: 2 | 3 }) {
  const { t } = useTranslation('guides');
  const Heading = level === 2 ? 'h2' : 'h3';
  const SubHeading = level === 2 ? 'h3' : 'h4';
  return guide.sections.map((section) => (
    <section key={section.id} className="guide-section" aria-labelledby={`section-${section.id}`}>
      <Heading id={`section-${section.id}`}>{section.heading}</Heading>
      <div className="guide-read-aloud">
        <ReadAloudButton text={sectionSpeech(section)} locale={guide.locale} />
      </div>
      <Paragraphs text={section.body} />
      {section.useExamples && section.useExamples.length > 0 && (
        <div className="guide-examples guide-use">
          <SubHeading>{t('use')}</SubHeading>
          <ul>
            {section.useExamples.map((example) => (
              <li key={example}>{example}</li>
            ))}
          </ul>
        </div>
      )}
      {section.avoidExamples && section.avoidExamples.length > 0 && (
        <div className="guide-examples guide-avoid">
          <SubHeading>{t('avoid')}</SubHeading>
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
  ));
}
