import * as z from 'zod';

/*
 * The only links a pack may carry: a web page over https, a phone call, an SMS, or a WhatsApp chat.
 * Anything else (javascript:, data:, http:, intent:, file:) is refused, because a pack link is a tap
 * away from a person in crisis.
 */
export const dialablePattern = /^\+?[0-9*#]{2,20}$/;

/** The part of a tel: link after the scheme: digits, with an optional leading + and * or # for short codes. */
export function isDialable(value: string): boolean {
  return dialablePattern.test(value);
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

/** The digits after tel: (or +country digits) that a phone dials; what tel: and sms: links are built from. */
export const DialStringSchema = z.string().regex(dialablePattern, 'must contain only digits, +, * and # (2-20 characters)');

/** A WhatsApp number in international form without + (what https://wa.me/ expects). */
export const WhatsAppNumberSchema = z.string().regex(/^[0-9]{6,15}$/, 'must be the full international number, digits only');
