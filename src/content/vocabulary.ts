/*
 * The fixed words of the pack format, as plain lists. schema.ts builds its enums from them; a
 * screen that only needs to order or label things imports them from here, without zod.
 */

export const packKinds = ['pfa-script', 'guide', 'directory', 'exercise', 'article'] as const;

/** What a person may need, used by directory entries and by a script's Link step to find them. */
export const serviceTypes = [
  'emergency',
  'crisis-line',
  'suicide-prevention',
  'mental-health',
  'violence-against-women',
  'sexual-violence',
  'legal-aid',
  'human-rights',
  'health',
  'hiv-sexual-health',
  'sex-worker-organisation',
  'victim-services',
  'harm-reduction',
] as const;

/** What an emergency number sends when called: medical help first, the police named (content guide). */
export const emergencyServices = ['ambulance', 'fire-rescue', 'police'] as const;

/** Where a script step sits in the WHO psychological first aid structure. */
export const pfaPhases = ['prepare', 'look', 'listen', 'link', 'close'] as const;

export const crisisTypes = [
  'general-distress',
  'panic',
  'suicide',
  'sexual-violence',
  'police-violence',
  'partner-or-client-violence',
  'alcohol-or-drugs',
  'detention',
  'self-harm',
] as const;
