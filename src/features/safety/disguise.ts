import type { Language } from '../../i18n/languages';

/*
 * The disguise swaps what the browser offers to install: a second manifest with a neutral name,
 * icon and start screen (/calc), one per language. The build injects the link to the real manifest;
 * this only changes its href, so turning the disguise off restores exactly what the build made.
 */
let originalLinks: Map<Element, string> | undefined;

function disguisedHref(rel: string, language: Language): string | undefined {
  if (rel === 'manifest') return `/disguise/manifest-${language}.webmanifest`;
  if (rel === 'icon') return '/disguise/icon-192.png';
  if (rel === 'apple-touch-icon') return '/disguise/apple-touch-icon.png';
  return undefined;
}

export function applyDisguise(isDisguised: boolean, language: Language): void {
  const links = document.head.querySelectorAll('link[rel="manifest"], link[rel="icon"], link[rel="apple-touch-icon"]');
  if (!originalLinks) {
    originalLinks = new Map();
    for (const link of links) originalLinks.set(link, link.getAttribute('href') ?? '');
  }
  for (const link of links) {
    const href = isDisguised ? disguisedHref(link.getAttribute('rel') ?? '', language) : originalLinks.get(link);
    if (href && link.getAttribute('href') !== href) link.setAttribute('href', href);
  }
}
