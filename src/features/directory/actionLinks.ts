import { classifyLink, displayMatchesDial, isKeypadCode, type LinkKind } from '../../content/links';
import type { DirectoryEntry, EmergencyService } from '../../content/schema';
import { textIn } from './directoryText';
import { emergencyRank } from './sends';

export type ActionLink = {
  kind: LinkKind;
  href: string;
  /** What the person sees: the number as written locally, or the site. */
  shown: string;
  label?: string | undefined;
  /** For an emergency number: what a call sends. */
  sends?: readonly EmergencyService[] | undefined;
};

/*
 * Every link an entry offers, built from the pack's fields and checked again with the same rules
 * the pack schema uses, so a link that slipped past (an older pack, a bug) is dropped, never shown.
 * Emergency numbers that say what they send are ordered medical and rescue help first, police last.
 */
export function actionLinksFor(entry: DirectoryEntry, language: string): ActionLink[] {
  const candidates: ActionLink[] = [
    ...byWhatTheySend(entry.phones)
      // A number shown otherwise than it dials is never offered (packs installed before that rule).
      .filter((phone) => displayMatchesDial(phone.display, phone.dial))
      .map((phone) => ({
        kind: 'tel' as const,
        href: `tel:${phone.dial}`,
        shown: phone.display,
        label: textIn(phone.label, language),
        sends: phone.sends,
      })),
    ...(entry.sms ?? []).map((number) => ({ kind: 'sms' as const, href: `sms:${number}`, shown: number })),
    ...(entry.whatsapp ?? []).map((number) => ({ kind: 'whatsapp' as const, href: `https://wa.me/${number}`, shown: `+${number}` })),
    ...(entry.website ? [{ kind: 'https' as const, href: entry.website, shown: hostOf(entry.website) }] : []),
  ];
  return candidates.filter((link) => classifyLink(link.href) === link.kind);
}

function byWhatTheySend(phones: DirectoryEntry['phones']): DirectoryEntry['phones'] {
  if (!phones.some((phone) => phone.sends)) return phones;
  return phones
    .map((phone, position) => ({ phone, position }))
    .sort((a, b) => emergencyRank(a.phone.sends) - emergencyRank(b.phone.sends) || a.position - b.position)
    .map(({ phone }) => phone);
}

export type KeypadCode = { code: string; label?: string | undefined };

/**
 * Star short codes (*4141): real lines that must stay reachable, but a tel: link never carries a star
 * (links.ts says why), so they are shown as text to type on the keypad, with their label.
 */
export function keypadCodesFor(entry: DirectoryEntry, language: string): KeypadCode[] {
  return entry.phones
    .filter((phone) => isKeypadCode(phone.dial) && displayMatchesDial(phone.display, phone.dial))
    .map((phone) => ({ code: phone.dial, label: textIn(phone.label, language) }));
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Only https source links are shown; anything else in an old pack is dropped. */
export function safeSourceUrls(entry: DirectoryEntry): string[] {
  return entry.source.urls.filter((url) => classifyLink(url) === 'https');
}
