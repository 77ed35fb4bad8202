import * as z from 'zod';

/*
 * The only links a pack may carry: a web page over https, a phone call, an SMS, or a WhatsApp chat.
 * Anything else (javascript:, data:, http:, intent:, file:) is refused, because a pack link is a tap
 * away from a person in crisis.
 */
/*
 * Phone numbers. A tel: link is handed to the phone's dialler, which treats some strings as codes for
 * the phone or the network rather than numbers to call: MMI and USSD strings (3GPP TS 22.030), such
 * as **21*N# (forward every call to N), *#06#, or #31#; and commas or semicolons, which dial more
 * digits after a pause. A signed pack must not be able to make a tap do any of that, so a tel: link
 * carries only digits with an optional leading +.
 *
 * Some real lines are carrier short codes that start with a star (*4141 in Chile and Uruguay, *212
 * in the Dominican Republic). Such a code, a star and a few digits with no # and no second star, is
 * not an MMI control string (those end in #) and the network routes it as a call; but it never
 * becomes a tel: link. A pack may carry it as `dial`, and screens show it as text to type on the
 * keypad (isKeypadCode), next to its instructions, so people can still call it.
 */
export const dialablePattern = /^\+?[0-9]{2,20}$/;
const keypadCodePattern = /^\*[0-9]{2,6}$/;

/** The part of a tel: link after the scheme: digits, with an optional leading +. Nothing else. */
export function isDialable(value: string): boolean {
  return dialablePattern.test(value);
}

/** A carrier short code with a leading star (*4141): shown to be typed, never a tel: link. */
export function isKeypadCode(value: string): boolean {
  return keypadCodePattern.test(value);
}

// ITU-T E.161 keypad letters, for numbers written with words ("1-800-SUICIDE").
const keypadLetters: Record<string, string> = {
  A: '2',
  B: '2',
  C: '2',
  D: '3',
  E: '3',
  F: '3',
  G: '4',
  H: '4',
  I: '4',
  J: '5',
  K: '5',
  L: '5',
  M: '6',
  N: '6',
  O: '6',
  P: '7',
  Q: '7',
  R: '7',
  S: '7',
  T: '8',
  U: '8',
  V: '8',
  W: '9',
  X: '9',
  Y: '9',
  Z: '9',
};

/**
 * Whether a number as shown is the number dialled: one number per phone entry, so what a person
 * reads and what the phone calls cannot differ. The shown number is what comes before any words or
 * bracketed note ("811 (option 2)", "250-388-5325 ext. 110", "1-866-APPELLE (1-866-277-3553)"); it
 * may use local formatting (spaces, dashes, dots, brackets around an area code, keypad letters),
 * and without it must be exactly the dialled digits, + included.
 */
export function displayMatchesDial(display: string, dial: string): boolean {
  const shown = (display.split(/\s(?=[(a-z])/)[0] ?? '').trim();
  if (isKeypadCode(dial)) return shown === dial;
  if (!/^\+?[0-9A-Z(][0-9A-Z\s().\-/]*$/.test(shown)) return false;
  const digits = shown.replace(/[A-Z]/g, (letter) => keypadLetters[letter] ?? letter).replace(/[\s().\-/]/g, '');
  return digits === dial;
}

export type LinkKind = 'https' | 'tel' | 'sms' | 'whatsapp';

export function classifyLink(link: string): LinkKind | undefined {
  if (link.length > 500) return undefined;
  if (link.startsWith('tel:')) return isDialable(link.slice(4)) ? 'tel' : undefined;
  if (link.startsWith('sms:')) {
    const [number, query] = link.slice(4).split('?', 2);
    if (!number || !/^\+?[0-9]{2,20}$/.test(number)) return undefined;
    return query === undefined || /^body=[^<>]{0,300}$/.test(query) ? 'sms' : undefined;
  }
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
  if (url.hostname === 'wa.me') return /^\/[0-9]{6,15}$/.test(url.pathname) ? 'whatsapp' : undefined;
  // A hostname needs a dot and no spaces: rules out "https://localhost" and other odd targets.
  return /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(url.hostname) ? 'https' : undefined;
}

export const SafeLinkSchema = z
  .string()
  .max(500, 'must be at most 500 characters')
  .refine((link) => classifyLink(link) !== undefined, 'must be an https:, tel:, sms: or https://wa.me/ link');

export const HttpsUrlSchema = z
  .string()
  .max(500, 'must be at most 500 characters')
  .refine((link) => classifyLink(link) === 'https', 'must be an https:// web address');

/** A number an sms: or tel: link is built from: digits with an optional leading + (2-20 characters). */
export const PhoneNumberSchema = z.string().regex(dialablePattern, 'must contain only digits and an optional leading + (2-20 characters)');

/** What a directory entry's phone dials: a phone number, or a star short code to type on the keypad (*4141). */
export const DialStringSchema = z
  .string()
  .refine(
    (value) => isDialable(value) || isKeypadCode(value),
    'must be digits with an optional leading + (2-20 characters), or a star short code such as *4141 (no #, no pauses)',
  );

/** What a person may type for a phone number: spaces, dashes, dots and brackets are dropped. */
export function dialStringFrom(typed: string): string {
  return typed.replace(/[\s().-]/g, '');
}

/** A WhatsApp number in international form without + (what https://wa.me/ expects). */
export const WhatsAppNumberSchema = z.string().regex(/^[0-9]{6,15}$/, 'must be the full international number, digits only');
