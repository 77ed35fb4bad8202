import type { Language } from '../../i18n/languages';
import { getSafetySettings } from './safetySettings';

/*
 * The disguise swaps what the page says about itself: the manifest the browser offers to install
 * (a second one with a neutral name, icon and start screen, /calc, one per language), the icons,
 * the theme colour and the description. The build writes the real ones into index.html; this only
 * changes their values, so turning the disguise off restores exactly what the build made.
 *
 * public/disguise.js swaps the same values before the app's code runs (the same rules; src/app/boot.test.ts
 * holds them equal). So the build's value cannot be read off the element once the page has started:
 * whichever of the two disguises an element first keeps the build's value in its data-undisguised
 * attribute, and turning the disguise off puts that back.
 */
const disguisedThemeColour = '#44474d'; // the disguise manifests' theme_color
const headSelector =
  'link[rel="manifest"], link[rel="icon"], link[rel="apple-touch-icon"], meta[name="theme-color"], meta[name="description"]';
const undisguisedAttribute = 'data-undisguised';

function valueAttribute(element: Element): 'href' | 'content' {
  return element.tagName === 'LINK' ? 'href' : 'content';
}

function disguisedValue(element: Element, language: Language, neutralName: string): string | undefined {
  const rel = element.getAttribute('rel');
  if (rel === 'manifest') return `/disguise/manifest-${language}.webmanifest`;
  if (rel === 'icon') return '/disguise/icon-192.png';
  if (rel === 'apple-touch-icon') return '/disguise/apple-touch-icon.png';
  const name = element.getAttribute('name');
  if (name === 'theme-color') return disguisedThemeColour;
  if (name === 'description') return neutralName;
  return undefined;
}

export function applyDisguise(isDisguised: boolean, language: Language, neutralName: string): void {
  for (const element of document.head.querySelectorAll(headSelector)) {
    const attribute = valueAttribute(element);
    if (isDisguised && !element.hasAttribute(undisguisedAttribute))
      element.setAttribute(undisguisedAttribute, element.getAttribute(attribute) ?? '');
    const value = isDisguised ? disguisedValue(element, language, neutralName) : element.getAttribute(undisguisedAttribute);
    if (value !== undefined && value !== null && element.getAttribute(attribute) !== value) element.setAttribute(attribute, value);
  }
}

/**
 * Before the first render (main.tsx): with the disguise on, the page names itself like the calculator
 * from the start, whichever screen shows first (the calculator itself has no quick-exit bar to do it).
 */
export function applyDisguiseBeforeRender(language: Language, neutralName: string): void {
  if (!getSafetySettings().isDisguised) return;
  applyDisguise(true, language, neutralName);
  document.title = neutralName;
}
