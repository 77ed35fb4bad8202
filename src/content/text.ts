import '../zodSetup';
import * as z from 'zod';
import { alternatesProblem } from './genderText';

/*
 * Building blocks for pack text. Packs come from hosts we do not control, so every string has a
 * length limit and may not carry markup: the app renders pack text as text, and markup in a pack
 * is a sign of tampering or a mistake that authors should hear about.
 */
const markupPattern = /<\s*\/?\s*[a-z!?]|&#?\w+;|javascript:|data:text\/html/i;
// C0 controls other than tab and newline, DEL, C1 controls, and bidirectional overrides that can
// disguise text (a phone number written backwards, for example).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const hiddenCharacterPattern = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function packText(maxLength: number) {
  return (
    z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(maxLength, `must be at most ${maxLength} characters`)
      // One check for both rules: a directory pack has tens of thousands of strings, and each
      // separate refinement costs a pass through zod's machinery (CSP keeps zod in its slower,
      // eval-free mode).
      .superRefine((text, context) => {
        if (markupPattern.test(text)) {
          context.addIssue({ code: 'custom', message: 'must be plain text: HTML, entities or script are not allowed' });
        }
        if (hiddenCharacterPattern.test(text)) {
          context.addIssue({ code: 'custom', message: 'must not contain control or direction-override characters' });
        }
        // Cheap test first: almost no string has a bracket pair, and directories have tens of thousands.
        const alternates = text.includes('[[') || text.includes(']]') ? alternatesProblem(text) : undefined;
        if (alternates !== undefined) context.addIssue({ code: 'custom', message: alternates });
      })
  );
}

export const ShortTextSchema = packText(200);
export const TextSchema = packText(2_000);
export const LongTextSchema = packText(20_000);

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be 1-64 lowercase letters, digits or dashes, starting with a letter or digit');

export const LocaleSchema = z.enum(['es', 'en', 'fr']);
export type Locale = z.infer<typeof LocaleSchema>;

/** ISO 3166-1 alpha-2, upper case ("PE", "CA"). */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as PE');

export const IsoDateSchema = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });
export const IsoDateTimeSchema = z.iso.datetime({ offset: true, message: 'must be a date and time in ISO 8601 form' });
