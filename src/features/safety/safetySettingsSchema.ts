import '../../zodSetup';
import * as z from 'zod/mini';
import { base64Pattern, disguiseCodePattern, isSafeNeutralUrl, maxBase64Length, maxNeutralUrlLength } from './safetySettings';

/*
 * The shape of the quick-exit and disguise settings, the single source of truth for it. Quick exit
 * and the disguise read them before zod could load, so safetySettings.ts checks them by hand with
 * the same rules; safetySettingsSchema.test.ts proves on every kind of stored value that the two agree.
 */
export const NeutralUrlSchema = z.string().check(z.maxLength(maxNeutralUrlLength), z.refine(isSafeNeutralUrl));
export const DisguiseCodeSchema = z.string().check(z.regex(disguiseCodePattern));
const Base64Schema = z.string().check(z.regex(base64Pattern), z.maxLength(maxBase64Length));
export const DisguiseCodeSealSchema = z.object({ salt: Base64Schema, digest: Base64Schema });

export const SafetySettingsSchema = z.object({
  neutralUrl: NeutralUrlSchema,
  isDisguised: z.boolean(),
  disguiseCodeSeal: z.optional(DisguiseCodeSealSchema),
});
export type SafetySettings = z.infer<typeof SafetySettingsSchema>;
export type DisguiseCodeSeal = z.infer<typeof DisguiseCodeSealSchema>;
