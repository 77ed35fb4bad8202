import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { pagesOf, type Card, type CardBlock, type CardPage } from './cards';

type PrintedCardProps = {
  card: Card;
  /** The `cards` strings in the card's language (which may differ from the screen's). */
  t: TFunction<'cards'>;
  /** The card's html language (es-419, en, fr-CA), so each page is read in its own language. */
  lang: string;
  /** True for the very first page of the sheet: every other page starts a new printed sheet. */
  isFirstOnSheet: boolean;
};

/** Consecutive items make one list; every other block stands alone. */
function groupBlocks(blocks: readonly CardBlock[]): (CardBlock | CardBlock[])[] {
  const groups: (CardBlock | CardBlock[])[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (block.kind === 'item' && Array.isArray(last)) last.push(block);
    else groups.push(block.kind === 'item' ? [block] : block);
  }
  return groups;
}

function Block({ block }: { block: CardBlock }): ReactNode {
  switch (block.kind) {
    case 'heading':
      return <h3>{block.text}</h3>;
    case 'number':
      return (
        <p className="cards-number">
          <strong className="cards-number-dial">{block.number}</strong> {block.details.join(' · ')}
        </p>
      );
    default:
      return <p>{block.text}</p>;
  }
}

function PageBody({ page }: { page: CardPage }) {
  return groupBlocks(page.blocks).map((group, index) =>
    Array.isArray(group) ? (
      <ul key={index}>
        {group.map((item, itemIndex) => (
          <li key={itemIndex}>{item.kind === 'item' ? item.text : ''}</li>
        ))}
      </ul>
    ) : (
      <Block key={index} block={group} />
    ),
  );
}

/**
 * One card as the A6 pages it prints on: each page repeats the title and says which page it is,
 * the sources follow the last block, and a page without them says where they are, so a page
 * handed out alone still points to them.
 */
export function PrintedCard({ card, t, lang, isFirstOnSheet }: PrintedCardProps) {
  const pages = pagesOf(card);
  const sourcesPage = pages.findIndex((page) => page.sources.length > 0) + 1;
  return pages.map((page, index) => {
    const number = { page: index + 1, total: pages.length };
    const isLast = index === pages.length - 1;
    return (
      <article
        key={index}
        lang={lang}
        className={isFirstOnSheet && index === 0 ? 'cards-page cards-page-first' : 'cards-page'}
        aria-label={t('cardLabel', { title: card.title, ...number })}
      >
        <h2>
          {card.title}
          {pages.length > 1 && <span className="cards-page-number"> ({t('page', number)})</span>}
        </h2>
        <PageBody page={page} />
        {page.sources.length > 0 && (
          <section className="cards-sources">
            <h3>{t('sources')}</h3>
            <ol>
              {page.sources.map((source) => (
                <li key={source.url}>
                  {source.title}
                  {source.date ? ` (${source.date})` : ''} <span className="cards-url">{source.url}</span>
                </li>
              ))}
            </ol>
          </section>
        )}
        {page.sources.length === 0 && sourcesPage > 0 && <p className="cards-footer">{t('sourcesOn', { page: sourcesPage })}</p>}
        {sourcesPage === 0 && isLast && <p className="cards-footer">{t('noSource')}</p>}
      </article>
    );
  });
}
