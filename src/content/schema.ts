import * as z from 'zod';
import { DialStringSchema, displayMatchesDial, HttpsUrlSchema, PhoneNumberSchema, WhatsAppNumberSchema } from './links';
import {
  CountryCodeSchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  LocaleSchema,
  LongTextSchema,
  ShortTextSchema,
  TextSchema,
} from './text';
import { crisisTypes, emergencyServices, packKinds, pfaPhases, serviceTypes } from './vocabulary';

// The plain lists live in vocabulary.ts, so code that only orders or labels things needs no zod.
export { crisisTypes, emergencyServices, packKinds, pfaPhases, serviceTypes };

/*
 * The single source of truth for content packs: the app, the CLI and the tests all parse with these.
 * Graph checks on scripts (every target exists, every step reaches an end, no orphans) live in
 * scriptGraph.ts because they look across steps.
 */

export const PackKindSchema = z.enum(packKinds);
export type PackKind = z.infer<typeof PackKindSchema>;

export const ServiceTypeSchema = z.enum(serviceTypes);
export type ServiceType = z.infer<typeof ServiceTypeSchema>;

export const CrisisTypeSchema = z.enum(crisisTypes);
export type CrisisType = z.infer<typeof CrisisTypeSchema>;

const packHeader = {
  schemaVersion: z.literal(1),
  id: IdSchema,
  title: ShortTextSchema,
};

/** A date as precise as a source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

// ---------- pfa-script ----------

/** Where a step sits in the WHO psychological first aid structure; shown to the Companion. */
export const PfaPhaseSchema = z.enum(pfaPhases);

const stepBase = {
  id: IdSchema,
  phase: PfaPhaseSchema,
  /** What the Companion reads, says or does at this step (read aloud on request). */
  text: TextSchema,
  /** Optional quieter guidance for the Companion, not said to the person. */
  note: TextSchema.optional(),
};

export const SayStepSchema = z.strictObject({ ...stepBase, type: z.literal('say'), next: IdSchema });
export const AskStepSchema = z.strictObject({ ...stepBase, type: z.literal('ask'), next: IdSchema });
/**
 * Where an option leads: a step of this script (`next`), or (`handoff`) the same-language script of
 * another situation, at one of its steps or at its start. A handoff keeps the run: its history, its
 * clock and its saved state. Targets are checked across the release (scriptGraph.ts, checkScriptHandoffs).
 */
export const HandoffSchema = z.strictObject({ crisisType: CrisisTypeSchema, step: IdSchema.optional() });
export type Handoff = z.infer<typeof HandoffSchema>;
// Each form names the other's field as never present, so code can read `option.next` or
// `option.handoff` on any option; JSON has no undefined, so a pack can only give exactly one.
export const ChoiceOptionSchema = z.union([
  z.strictObject({ id: IdSchema, label: ShortTextSchema, next: IdSchema, handoff: z.undefined().optional() }),
  z.strictObject({ id: IdSchema, label: ShortTextSchema, handoff: HandoffSchema, next: z.undefined().optional() }),
]);
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

export const ChooseStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('choose'),
  options: z.array(ChoiceOptionSchema).min(2, 'a choice needs at least 2 options').max(6, 'a choice may have at most 6 options'),
});
export const TimerStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('timer'),
  seconds: z.int().min(5).max(1_800),
  /** An exercise pack (same locale) to run during the timer, such as slow breathing. */
  exercise: IdSchema.optional(),
  next: IdSchema,
});
export const ChecklistStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('checklist'),
  items: z.array(ShortTextSchema).min(1).max(12),
  next: IdSchema,
});
export const LinkStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('link'),
  /** Directory entries of these types, in the person's country, are offered here (emergency first). */
  needs: z.array(ServiceTypeSchema).min(1).max(8),
  next: IdSchema,
});
export const EndStepSchema = z.strictObject({ ...stepBase, type: z.literal('end') });

export const ScriptStepSchema = z.discriminatedUnion('type', [
  SayStepSchema,
  AskStepSchema,
  ChooseStepSchema,
  TimerStepSchema,
  ChecklistStepSchema,
  LinkStepSchema,
  EndStepSchema,
]);
export type ScriptStep = z.infer<typeof ScriptStepSchema>;

/** A public source a text rests on (a clinical or legal statement names one), with its own date. */
export const PackSourceSchema = z.strictObject({ title: ShortTextSchema, url: HttpsUrlSchema, date: PartialDateSchema });

export const PfaScriptPackSchema = z.strictObject({
  ...packHeader,
  kind: z.literal('pfa-script'),
  locale: LocaleSchema,
  summary: TextSchema,
  crisisType: CrisisTypeSchema,
  start: IdSchema,
  steps: z.array(ScriptStepSchema).min(2).max(200),
  /** The public sources the script's clinical and legal statements rest on. */
  sources: z.array(PackSourceSchema).min(1).max(20).optional(),
});
export type PfaScriptPack = z.infer<typeof PfaScriptPackSchema>;

// ---------- guide (listening guides, course modules, support-group guides) ----------

export const GuideSectionSchema = z.strictObject({
  id: IdSchema,
  heading: ShortTextSchema,
  /** Paragraphs separated by a blank line. */
  body: LongTextSchema,
  useExamples: z.array(TextSchema).max(20).optional(),
  avoidExamples: z
    .array(z.strictObject({ phrase: TextSchema, why: TextSchema }))
    .max(20)
    .optional(),
  /** Group guides: how long this part of the session lasts, for the facilitator's clock. */
  minutes: z.int().min(1).max(60).optional(),
});

/*
 * A support-group guide holds only its theme's own parts of a session, in this order, each with its
 * minutes. The parts every group shares (agreements and the limit of confidentiality, what to do if
 * someone is overwhelmed, the facilitator's debrief) are written once, in the group session's
 * strings, not copied into five packs.
 */
export const groupPartIds = ['check-in', 'psychoeducation', 'prompts', 'grounding-close'] as const;
export type GroupPartId = (typeof groupPartIds)[number];

export const DrillSchema = z.strictObject({
  id: IdSchema,
  situation: TextSchema,
  options: z
    .array(z.strictObject({ id: IdSchema, text: TextSchema, isBest: z.boolean(), feedback: TextSchema }))
    .min(2)
    .max(6)
    .refine((options) => options.filter((option) => option.isBest).length === 1, 'a drill needs exactly one best option'),
});

// A course module is a session a Companion does alone in 20-30 minutes or a facilitator runs with a
// group. Beyond the reading, the choose-the-better-reply drills and the reflection every guide may
// have, a module carries the parts below; the content tests require all of them on every module.

/** Who speaks a line of a dialogue: the Companion, the person she supports, or someone else present. */
export const DialogueSpeakerSchema = z.enum(['companion', 'person', 'other']);

const DialogueLineSchema = z.strictObject({ speaker: DialogueSpeakerSchema, text: TextSchema });

/** A short dialogue from sex workers' lives, then what the Companion did well and why. */
export const WorkedExampleSchema = z.strictObject({
  title: ShortTextSchema,
  /** Where and when: a client, the police, a clinic, a colleague at 3 a.m. */
  setting: TextSchema,
  lines: z.array(DialogueLineSchema).min(4).max(30),
  whatWorked: TextSchema,
});

/** Spot what went wrong: a short exchange where one or more of the Companion's lines is the mistake. */
const SpotDrillSchema = z.strictObject({
  id: IdSchema,
  kind: z.literal('spot'),
  situation: TextSchema,
  lines: z
    .array(z.strictObject({ id: IdSchema, speaker: DialogueSpeakerSchema, text: TextSchema, isMistake: z.boolean(), feedback: TextSchema }))
    .min(3)
    .max(10)
    .refine((lines) => lines.some((line) => line.isMistake), 'a spot drill needs at least one line that is the mistake'),
});

/** Rewrite a closed question (or a weak reply) as an open one; the learner compares hers with model answers and checks. */
const RewriteDrillSchema = z.strictObject({
  id: IdSchema,
  kind: z.literal('rewrite'),
  situation: TextSchema,
  /** The question or reply to rewrite. */
  original: TextSchema,
  /** What a good rewrite does, for the learner to check her own against. */
  checks: z.array(ShortTextSchema).min(2).max(5),
  modelAnswers: z.array(TextSchema).min(1).max(5),
});

/** Put steps in order (the PFA steps, a referral): listed here in the right order; the app shuffles them. */
const OrderDrillSchema = z.strictObject({
  id: IdSchema,
  kind: z.literal('order'),
  situation: TextSchema,
  /** In the right order; `why` says why this step stands where it does. */
  steps: z
    .array(z.strictObject({ id: IdSchema, text: TextSchema, why: TextSchema }))
    .min(3)
    .max(8),
});

export const PracticeDrillSchema = z.discriminatedUnion('kind', [SpotDrillSchema, RewriteDrillSchema, OrderDrillSchema]);
export type PracticeDrill = z.infer<typeof PracticeDrillSchema>;

/**
 * A scenario that branches on the learner's choices, with feedback at each turn. A node with no
 * choices is an end. Graph checks (every `next` exists, every node is reachable, every path ends)
 * are in courseScenario.ts because they look across nodes.
 */
export const ScenarioSchema = z.strictObject({
  title: ShortTextSchema,
  intro: TextSchema,
  start: IdSchema,
  nodes: z
    .array(
      z.strictObject({
        id: IdSchema,
        /** What happens, or what the person says. */
        text: TextSchema,
        choices: z
          .array(z.strictObject({ id: IdSchema, text: TextSchema, isGood: z.boolean(), feedback: TextSchema, next: IdSchema }))
          .max(4),
      }),
    )
    .min(3)
    .max(30),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

/** A role-play for two (and an observer): each role's brief, what to practise, what the observer watches for. */
export const RolePlaySchema = z.strictObject({
  minutes: z.int().min(5).max(30),
  setup: TextSchema,
  roles: z.array(z.strictObject({ name: ShortTextSchema, brief: TextSchema })).length(2),
  practise: z.array(ShortTextSchema).min(1).max(5),
  observerWatches: z.array(ShortTextSchema).min(1).max(6),
});
export type RolePlay = z.infer<typeof RolePlaySchema>;

export const GuidePackSchema = z
  .strictObject({
    ...packHeader,
    kind: z.literal('guide'),
    locale: LocaleSchema,
    /** listening: a skill guide; course: one numbered module; group: a support-group session guide. */
    category: z.enum(['listening', 'course', 'group']),
    order: z.int().min(1).max(100),
    summary: TextSchema,
    /** Shown before the content, with the choice to skip or pause, for painful topics. */
    contentNote: TextSchema.optional(),
    /** One line to glance at during a session. */
    reminder: ShortTextSchema,
    sections: z.array(GuideSectionSchema).min(1).max(30),
    drills: z.array(DrillSchema).max(10).optional(),
    reflection: TextSchema.optional(),
    /** Course modules: about how long the module takes alone. */
    minutes: z.int().min(5).max(60).optional(),
    /** Course modules: the worked example, the other kinds of drill, the scenario and the role-play. */
    example: WorkedExampleSchema.optional(),
    practice: z.array(PracticeDrillSchema).max(10).optional(),
    scenario: ScenarioSchema.optional(),
    roleplay: RolePlaySchema.optional(),
    /** The public sources the guide's clinical and legal statements rest on. */
    sources: z.array(PackSourceSchema).min(1).max(20).optional(),
  })
  .superRefine((guide, context) => {
    if (guide.category !== 'group') return;
    const ids = guide.sections.map((section) => section.id);
    if (ids.join(' ') !== groupPartIds.join(' '))
      context.addIssue({
        code: 'custom',
        path: ['sections'],
        message: `a group guide has exactly these sections, in order: ${groupPartIds.join(', ')}`,
      });
    guide.sections.forEach((section, index) => {
      if (section.minutes === undefined)
        context.addIssue({ code: 'custom', path: ['sections', index, 'minutes'], message: 'a group session part needs its minutes' });
    });
    if (guide.sources === undefined)
      context.addIssue({ code: 'custom', path: ['sources'], message: 'a group guide names the sources of its psychoeducation' });
  });
export type GuidePack = z.infer<typeof GuidePackSchema>;

// ---------- directory ----------

/**
 * Directory text that a person reads (notes, hours, a number's label). A directory serves every
 * language, so the built-in packs give it in es, en and fr; a plain string is text in one
 * language only (an organisation's CSV, or a pack installed before the per-language form), shown
 * as it is. Screens read it through `textIn` in directoryText.ts.
 */
export const LocalizedShortTextSchema = z.union([
  ShortTextSchema,
  z.strictObject({ es: ShortTextSchema, en: ShortTextSchema, fr: ShortTextSchema }),
]);
export const LocalizedTextSchema = z.union([TextSchema, z.strictObject({ es: TextSchema, en: TextSchema, fr: TextSchema })]);
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** ISO 3166-2 subdivision ("CA-QC", "PE-LIM"): the province, state or department an entry serves. */
export const SubdivisionCodeSchema = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 code such as CA-QC');

export const EmergencyServiceSchema = z.enum(emergencyServices);
export type EmergencyService = z.infer<typeof EmergencyServiceSchema>;

export const DirectoryEntrySchema = z.strictObject({
  id: IdSchema,
  name: ShortTextSchema,
  country: CountryCodeSchema,
  /** Province, state or city as people name it; absent means national. */
  region: ShortTextSchema.optional(),
  /** The subdivision the entry serves, for routing (a Québec Companion sees Québec first); absent means national. */
  subdivision: SubdivisionCodeSchema.optional(),
  types: z.array(ServiceTypeSchema).min(1).max(8),
  phones: z
    .array(
      z
        .strictObject({
          /** As people write it locally ("0800-999-0091"). */
          display: ShortTextSchema,
          /** What the phone dials ("08009990091", "*4141", "+5491127716463"). */
          dial: DialStringSchema,
          label: LocalizedShortTextSchema.optional(),
          /** For emergency numbers: what a call sends. Routing offers medical and rescue help before the police. */
          sends: z.array(EmergencyServiceSchema).min(1).max(3).optional(),
        })
        // One number per entry: what is read and what is called cannot differ (links.ts, displayMatchesDial).
        .refine((phone) => displayMatchesDial(phone.display, phone.dial), {
          path: ['display'],
          message: 'must show the number it dials (the same digits as dial, before any note in brackets or words)',
        }),
    )
    .max(6),
  sms: z.array(PhoneNumberSchema).max(3).optional(),
  whatsapp: z.array(WhatsAppNumberSchema).max(3).optional(),
  website: HttpsUrlSchema.optional(),
  /** Free text as the source states it; absent means the source does not say. */
  hours: LocalizedShortTextSchema.optional(),
  isAlwaysOpen: z.boolean().optional(),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/))
    .max(10)
    .optional(),
  cost: z.enum(['free', 'paid', 'unknown']),
  tags: z.array(z.enum(['sex-worker-led', 'trans-friendly', 'migrant-friendly', 'always-open', 'anonymous'])).max(5),
  policeInvolvement: z.enum(['yes', 'no', 'unknown']),
  notes: LocalizedTextSchema.optional(),
  source: z.strictObject({
    urls: z.array(HttpsUrlSchema).min(1).max(6),
    /** The source's own date, as precise as it states it; absent when the source is undated. */
    date: PartialDateSchema.optional(),
    /** When someone last read the sources and confirmed the entry from them ("last checked"). */
    checked: IsoDateSchema,
    confidence: z.enum(['high', 'medium']),
    /** True only when someone called the number and reached the service. */
    isPhoneConfirmed: z.boolean(),
  }),
});
export type DirectoryEntry = z.infer<typeof DirectoryEntrySchema>;

export const DirectoryPackSchema = z.strictObject({
  ...packHeader,
  kind: z.literal('directory'),
  country: CountryCodeSchema,
  /** Entries are in the language of the country; labels (types, tags) are translated by the app. */
  locale: z.literal('mul'),
  /** Plain statement of known gaps ("No national suicide line was found."), per language. */
  gaps: z.strictObject({ es: TextSchema, en: TextSchema, fr: TextSchema }).optional(),
  entries: z.array(DirectoryEntrySchema).min(1).max(10_000),
});
export type DirectoryPack = z.infer<typeof DirectoryPackSchema>;

// ---------- exercise ----------

export const ExercisePackSchema = z.strictObject({
  ...packHeader,
  kind: z.literal('exercise'),
  locale: LocaleSchema,
  exerciseType: z.enum(['breathing', 'grounding', 'meditation']),
  summary: TextSchema,
  steps: z
    .array(
      z.strictObject({
        id: IdSchema,
        text: TextSchema,
        seconds: z.int().min(1).max(600),
        /** For breathing: drives the visual pacing (grow, hold, shrink). */
        pace: z.enum(['in', 'hold', 'out']).optional(),
      }),
    )
    .min(1)
    .max(60),
  rounds: z.int().min(1).max(30),
});
export type ExercisePack = z.infer<typeof ExercisePackSchema>;

// ---------- article ----------

export const ArticlePackSchema = z.strictObject({
  ...packHeader,
  kind: z.literal('article'),
  locale: LocaleSchema,
  topic: z.enum(['mental-health', 'crisis', 'rights']),
  /** For rights cards: the country the facts apply to. */
  country: CountryCodeSchema.optional(),
  summary: TextSchema,
  sections: z
    .array(z.strictObject({ id: IdSchema, heading: ShortTextSchema, body: LongTextSchema }))
    .min(1)
    .max(30),
  sources: z.array(PackSourceSchema).min(1, 'an article needs at least one source').max(20),
});
export type ArticlePack = z.infer<typeof ArticlePackSchema>;

// ---------- any pack ----------

export const PackSchema = z.discriminatedUnion('kind', [
  PfaScriptPackSchema,
  GuidePackSchema,
  DirectoryPackSchema,
  ExercisePackSchema,
  ArticlePackSchema,
]);
export type Pack = z.infer<typeof PackSchema>;

// ---------- manifest ----------

export const maxManifestBytes = 256 * 1024;
export const maxPackBytes = 5 * 1024 * 1024;

export const ManifestPackEntrySchema = z.strictObject({
  id: IdSchema,
  kind: PackKindSchema,
  /** 'mul' for packs whose content is not in one UI language (directories). */
  locale: z.union([LocaleSchema, z.literal('mul')]),
  country: CountryCodeSchema.optional(),
  title: ShortTextSchema,
  version: z
    .int()
    .min(1)
    .max(2 ** 31),
  length: z.int().min(2).max(maxPackBytes),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters'),
  /** Relative to the manifest; a plain file name under packs/, never a URL or a climb out. */
  path: z.string().regex(/^packs\/[a-z0-9][a-z0-9.-]{0,120}\.json$/, 'must be packs/<name>.json'),
});
export type ManifestPackEntry = z.infer<typeof ManifestPackEntrySchema>;

/**
 * Several packs sent as one file, so a first install makes a few requests rather than one per pack:
 * the listed packs' exact bytes one after another, in the order listed. The bundle is only a way to
 * carry them: each pack cut from it is checked against its own entry (length, SHA-256, schema) like
 * a pack fetched alone, and a bundle that cannot be fetched or does not match is ignored in favour
 * of the packs' own files.
 */
export const ManifestBundleSchema = z.strictObject({
  /** Relative to the manifest; named after its content's hash, so a cache never serves an old one. */
  path: z.string().regex(/^packs\/[a-z0-9][a-z0-9.-]{0,120}\.bundle$/, 'must be packs/<name>.bundle'),
  length: z.int().min(2),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters'),
  packs: z.array(IdSchema).min(1).max(1_000),
});
export type ManifestBundle = z.infer<typeof ManifestBundleSchema>;

export const ManifestSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    sourceId: IdSchema,
    version: z
      .int()
      .min(1)
      .max(2 ** 31),
    published: IsoDateTimeSchema,
    expires: IsoDateTimeSchema,
    packs: z.array(ManifestPackEntrySchema).max(1_000),
    bundles: z.array(ManifestBundleSchema).max(20).optional(),
  })
  .superRefine((manifest, context) => {
    const seenIds = new Set<string>();
    const seenPaths = new Set<string>();
    manifest.packs.forEach((pack, index) => {
      if (seenIds.has(pack.id)) context.addIssue({ code: 'custom', path: ['packs', index, 'id'], message: `duplicate pack id ${pack.id}` });
      if (seenPaths.has(pack.path))
        context.addIssue({ code: 'custom', path: ['packs', index, 'path'], message: `duplicate pack path ${pack.path}` });
      seenIds.add(pack.id);
      seenPaths.add(pack.path);
    });
    if (Date.parse(manifest.expires) <= Date.parse(manifest.published)) {
      context.addIssue({ code: 'custom', path: ['expires'], message: 'must be later than published' });
    }
    const lengthById = new Map(manifest.packs.map((pack) => [pack.id, pack.length]));
    const bundled = new Set<string>();
    (manifest.bundles ?? []).forEach((bundle, index) => {
      if (seenPaths.has(bundle.path))
        context.addIssue({ code: 'custom', path: ['bundles', index, 'path'], message: `duplicate path ${bundle.path}` });
      seenPaths.add(bundle.path);
      let total = 0;
      for (const id of bundle.packs) {
        const length = lengthById.get(id);
        if (length === undefined)
          context.addIssue({
            code: 'custom',
            path: ['bundles', index, 'packs'],
            message: `lists ${id}, which is not a pack of this manifest`,
          });
        if (bundled.has(id))
          context.addIssue({
            code: 'custom',
            path: ['bundles', index, 'packs'],
            message: `lists ${id}, which another bundle already carries`,
          });
        bundled.add(id);
        total += length ?? 0;
      }
      if (total !== bundle.length)
        context.addIssue({
          code: 'custom',
          path: ['bundles', index, 'length'],
          message: `is ${bundle.length}, but its packs' lengths add up to ${total}`,
        });
    });
  });
export type Manifest = z.infer<typeof ManifestSchema>;
