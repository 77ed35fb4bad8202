import { useTranslation } from 'react-i18next';
import { htmlLangFor, type Language } from '../../i18n/languages';
import { countryName, sendsList } from '../directory';
import { cardAsText } from './cards';
import { cardSetFor, type CardPacks, type CardSetLabels } from './cardSet';
import { PrintedCard } from './PrintedCard';
import { ShareCard } from './ShareCard';

type CardSheetProps = {
  /** The installed packs in the cards' language; undefined while they load. */
  packs: CardPacks | undefined;
  /** The language the cards are printed in; the screen around them keeps hers. */
  language: Language;
  country: string | undefined;
  subdivision: string | undefined;
};

/** The words the cards are written with, in the cards' language (the directory's for what a number sends and the police). */
function useCardLabels(language: Language, country: string | undefined): CardSetLabels {
  const { t } = useTranslation('cards', { lng: language });
  const { t: tDirectory } = useTranslation('directory', { lng: language });
  return {
    numbers: {
      title: t('numbers.title', { country: country ? countryName(country, language) : '' }),
      emergencyHeading: t('numbers.emergency'),
      servicesHeading: t('numbers.services'),
      sends: (sends) => tDirectory('sends.what', { services: sendsList(sends, language, (service) => tDirectory(`sends.${service}`)) }),
      police: (involvement) => tDirectory(`policeCard.${involvement}`),
    },
    timeWindowsTitle: t('timeWindows.title'),
  };
}

/**
 * Every card for the country in the chosen language, each as its printed pages and, on the
 * screen only, its Send and Copy buttons. What the phone cannot make is said, never left blank.
 */
export function CardSheet({ packs, language, country, subdivision }: CardSheetProps) {
  const { t: tScreen } = useTranslation('cards');
  const { t } = useTranslation('cards', { lng: language });
  const labels = useCardLabels(language, country);
  if (!packs) return <p className="loading">{tScreen('loading')}</p>;
  const hasContent = packs.directories.length + packs.articles.length + packs.exercises.length + packs.scripts.length > 0;
  if (!hasContent) return <p className="notice">{tScreen('missing.nothing')}</p>;

  const { cards, missing } = cardSetFor(packs, country, language, subdivision, labels);
  const named = { country: country ? countryName(country, language) : '' };
  return (
    <>
      {missing.length > 0 && (
        <ul className="cards-missing cards-screen-only">
          {missing.map((key) => (
            <li key={key} className="notice">
              {tScreen(`missing.${key}`, named)}
            </li>
          ))}
        </ul>
      )}
      <div className="cards-sheet">
        {cards.map((card, index) => (
          <section key={card.id} className="cards-card" aria-label={card.title}>
            <PrintedCard card={card} t={t} lang={htmlLangFor(language)} isFirstOnSheet={index === 0} />
            <ShareCard title={card.title} text={cardAsText(card, { sources: t('sources') })} />
          </section>
        ))}
      </div>
    </>
  );
}
