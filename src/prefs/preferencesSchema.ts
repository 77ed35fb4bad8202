import '../zodSetup';
import * as z from 'zod/mini';
import { supportedLanguages } from '../i18n/languages';
import { addressForms } from '../content/genderText';
import { countryCodePattern, persistenceStates, subdivisionPattern, themeChoices } from './preferences';

/*
 * The shape of the device preferences, the single source of truth for it. The first screen reads and
 * writes preferences before zod could load, so src/prefs/preferences.ts checks them by hand, field
 * by field; preferencesSchema.test.ts proves on every kind of stored value that the two agree.
 */
export const PreferencesSchema = z.object({
  language: z.optional(z.enum(supportedLanguages)),
  theme: z.enum(themeChoices),
  storagePersistence: z.enum(persistenceStates),
  hasSeenOfflineReady: z.boolean(),
  /** The country the person chose for emergency numbers and the directory (ISO code, e.g. PE). */
  country: z.optional(z.string().check(z.regex(countryCodePattern))),
  /**
   * Where in that country, for routing (services of this province first): an ISO 3166-2 code of
   * the chosen country (CA-QC), or "elsewhere". Device preference like the country, not vault
   * data: a crisis must never wait for an unlock, and it says no more than the country does.
   */
  subdivision: z.optional(z.string().check(z.regex(subdivisionPattern))),
  /** How the app addresses the person (feminine, masculine, neutral); absent means feminine, as it always has. */
  addressForm: z.optional(z.enum(addressForms)),
  /** ISO country codes whose directories to download; empty means all. */
  contentCountries: z.array(z.string().check(z.regex(countryCodePattern))),
});
export type Preferences = z.infer<typeof PreferencesSchema>;
