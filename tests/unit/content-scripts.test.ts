import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crisisTypes, PackSchema, type ExercisePack, type PfaScriptPack, type ScriptStep } from '../../src/content/schema';
import { checkScriptGraph, checkScriptHandoffs, handoffsOf, nextStepIds } from '../../src/content/scriptGraph';

/*
 * The default PFA scripts and self-care exercises are read by a Companion next to someone in crisis.
 * These checks keep them safe to follow: valid, never stranding anyone, the same shape in every
 * language, emergency numbers one step away, and free of phone numbers and labels we never use.
 */

const contentDir = join(import.meta.dirname, '../../content');
const scriptsDir = join(contentDir, 'scripts');
const exercisesDir = join(contentDir, 'exercises');
const locales = ['es', 'en', 'fr'] as const;
const fileNamePattern = /^([a-z0-9-]+)\.(es|en|fr)\.json$/;
const maxPathLength = 40;

type Loaded<T> = { file: string; slug: string; locale: string; pack: T };

function loadDir(dir: string): { file: string; slug: string; locale: string; raw: unknown }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const match = fileNamePattern.exec(file);
      if (!match) throw new Error(`${file}: the file name must be <slug>.<es|en|fr>.json`);
      return { file, slug: match[1] ?? '', locale: match[2] ?? '', raw: JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown };
    });
}

function parseAll<T>(dir: string, kind: 'pfa-script' | 'exercise'): Loaded<T>[] {
  return loadDir(dir).map(({ file, slug, locale, raw }) => {
    const result = PackSchema.safeParse(raw);
    if (!result.success) throw new Error(`${file} is not a valid pack: ${result.error.message}`);
    if (result.data.kind !== kind) throw new Error(`${file} has kind ${result.data.kind}, expected ${kind}`);
    return { file, slug, locale, pack: result.data as T };
  });
}

const scripts = parseAll<PfaScriptPack>(scriptsDir, 'pfa-script');
const exercises = parseAll<ExercisePack>(exercisesDir, 'exercise');
const exercisesById = new Map(exercises.map((exercise) => [exercise.pack.id, exercise.pack]));

function stepMap(script: PfaScriptPack): Map<string, ScriptStep> {
  return new Map(script.steps.map((step) => [step.id, step]));
}

function getStep(script: PfaScriptPack, id: string): ScriptStep {
  const step = stepMap(script).get(id);
  if (!step) throw new Error(`${script.id} has no step "${id}"`);
  return step;
}

/** A path that leaves the script by a handoff ends in a marker naming where it goes. */
const handoffMark = (crisisType: string, step: string | undefined) => `handoff:${crisisType}:${step ?? 'start'}`;

/** Every path from the start to an end or a handoff, or a description of the first path that loops or runs too long. */
function enumeratePaths(script: PfaScriptPack): { paths: string[][]; problems: string[] } {
  const steps = stepMap(script);
  const paths: string[][] = [];
  const problems: string[] = [];
  const walk = (path: string[]): void => {
    const id = path[path.length - 1] ?? '';
    const step = steps.get(id);
    if (!step) return void problems.push(`missing step ${id} after ${path.join(' > ')}`);
    if (path.length > maxPathLength) return void problems.push(`longer than ${maxPathLength} steps: ${path.join(' > ')}`);
    if (step.type === 'end') return void paths.push(path);
    for (const { handoff } of handoffsOf(step)) paths.push([...path, handoffMark(handoff.crisisType, handoff.step)]);
    for (const target of nextStepIds(step)) {
      if (path.includes(target)) problems.push(`loops back to ${target}: ${path.join(' > ')}`);
      else walk([...path, target]);
    }
  };
  walk([script.start]);
  return { paths, problems };
}

/** The steps a path visits inside its own script (without the handoff marker). */
const ownSteps = (path: string[]): string[] => path.filter((id) => !id.startsWith('handoff:'));

/** The structure of a script with its wording removed: what must match across languages. */
function shape(script: PfaScriptPack): unknown {
  return {
    crisisType: script.crisisType,
    start: script.start,
    steps: script.steps.map((step) => ({
      id: step.id,
      type: step.type,
      phase: step.phase,
      hasNote: step.note !== undefined,
      next: nextStepIds(step),
      options: step.type === 'choose' ? step.options.map((option) => [option.id, option.handoff ?? null]) : undefined,
      needs: step.type === 'link' ? step.needs : undefined,
      seconds: step.type === 'timer' ? step.seconds : undefined,
      exercise: step.type === 'timer' ? step.exercise?.replace(/-(es|en|fr)$/, '') : undefined,
      items: step.type === 'checklist' ? step.items.length : undefined,
    })),
  };
}

function scriptTexts(script: PfaScriptPack): string[] {
  const texts = [script.title, script.summary];
  for (const step of script.steps) {
    texts.push(step.text);
    if (step.note) texts.push(step.note);
    if (step.type === 'choose') texts.push(...step.options.map((option) => option.label));
    if (step.type === 'checklist') texts.push(...step.items);
  }
  return texts;
}

function exerciseTexts(exercise: ExercisePack): string[] {
  return [exercise.title, exercise.summary, ...exercise.steps.map((step) => step.text)];
}

/** The only numbers a script may state are the PEP and emergency-contraception time limits. */
const allowedHourFacts = /\b(?:72|120)\s+(?:hours|horas|heures)\b/g;
function looksLikePhoneNumber(text: string): boolean {
  const rest = text.replace(allowedHourFacts, '');
  return /\d{3,}/.test(rest) || /\d[\s().\-/]*\d[\s().\-/]*\d/.test(rest) || /[+*#]\s*\d/.test(rest);
}
const bannedWords = /prostitu|v[íi]ctim/i;

const phasesInOrder = ['prepare', 'look', 'listen', 'link', 'close'];
/*
 * The safety question always comes first, so Prepare steps (getting ready to go somewhere, for example)
 * follow it; Prepare and Look share a rank, and Listen, Link and Close come after them in order.
 */
const phaseRank = (phase: string | undefined): number =>
  phase === 'prepare' ? phasesInOrder.indexOf('look') : phasesInOrder.indexOf(phase ?? '');
const finalNeeds: Record<string, string[]> = {
  'general-distress': ['crisis-line', 'mental-health'],
  panic: ['crisis-line', 'mental-health'],
  suicide: ['suicide-prevention', 'crisis-line', 'mental-health'],
  'sexual-violence': ['sexual-violence', 'health', 'hiv-sexual-health', 'violence-against-women', 'sex-worker-organisation'],
  'police-violence': ['legal-aid', 'human-rights', 'sex-worker-organisation'],
  'partner-or-client-violence': ['violence-against-women', 'sex-worker-organisation'],
  'alcohol-or-drugs': ['harm-reduction', 'health'],
  detention: ['legal-aid', 'human-rights', 'sex-worker-organisation'],
  'self-harm': ['health', 'mental-health', 'crisis-line'],
};
/** Types whose services involve, or may call, the police: never offered as help after police violence. */
const policeInvolvingNeeds = ['emergency', 'victim-services'];
const trustWord: Record<string, RegExp> = { es: /confianza/, en: /trust/, fr: /confiance/ };

describe('the phone-number check itself', () => {
  it('catches the ways a number could slip into a text', () => {
    for (const text of [
      'Call 911',
      'Llama al 0800-999-0091',
      'Marca *4141',
      '+54 9 11 2771 6463',
      'Appelle le 1-866-APPELLE',
      '1 2 3',
      '(11) 4',
    ]) {
      expect(looksLikePhoneNumber(text), text).toBe(true);
    }
  });

  it('allows the time limits from the content guide', () => {
    expect(looksLikePhoneNumber('within 72 hours; up to 120 hours after')).toBe(false);
    expect(looksLikePhoneNumber('dentro de las 72 horas, hasta 120 horas después')).toBe(false);
    expect(looksLikePhoneNumber('dans les 72 heures, jusqu’à 120 heures après')).toBe(false);
    expect(looksLikePhoneNumber('call 120 now')).toBe(true);
  });
});

describe('content files', () => {
  it('include every crisis type in every language, and nothing else', () => {
    const expected = crisisTypes.flatMap((crisisType) => locales.map((locale) => `${crisisType}.${locale}.json`)).sort();
    expect(scripts.map((script) => script.file).sort()).toEqual(expected);
  });

  it('include the three exercises in every language', () => {
    const expected = ['breathing-slow', 'grounding-54321', 'meditation-short']
      .flatMap((slug) => locales.map((locale) => `${slug}.${locale}.json`))
      .sort();
    expect(exercises.map((exercise) => exercise.file).sort()).toEqual(expected);
  });
});

describe('handoffs between scripts', () => {
  it('all lead to a step that exists in the same-language script, and never strand anyone in a loop', () => {
    expect(checkScriptHandoffs(scripts.map((script) => script.pack))).toEqual([]);
  });
});

describe.each(exercises)('exercise $file', ({ slug, locale, pack }) => {
  it('is named after its id and locale', () => {
    expect(pack.id).toBe(`exercise-${slug}-${locale}`);
    expect(pack.locale).toBe(locale);
  });

  it('has the same steps and timing in every language', () => {
    const reference = exercisesById.get(`exercise-${slug}-en`);
    expect(reference).toBeDefined();
    const skeleton = (exercise: ExercisePack | undefined) => ({
      type: exercise?.exerciseType,
      rounds: exercise?.rounds,
      steps: exercise?.steps.map((step) => [step.id, step.seconds, step.pace]),
    });
    expect(skeleton(pack)).toEqual(skeleton(reference));
  });

  it('has no digits, phone numbers or banned words', () => {
    for (const text of exerciseTexts(pack)) {
      expect(text, text).not.toMatch(/\d/);
      expect(bannedWords.test(text), text).toBe(false);
    }
  });

  if (slug === 'breathing-slow') {
    it('paces in, hold and out with a longer out-breath, over several rounds', () => {
      expect(pack.exerciseType).toBe('breathing');
      expect(pack.steps.map((step) => step.pace)).toEqual(['in', 'hold', 'out']);
      const [breatheIn, , breatheOut] = pack.steps;
      expect(breatheOut?.seconds ?? 0).toBeGreaterThan(breatheIn?.seconds ?? 0);
      expect(pack.rounds).toBeGreaterThanOrEqual(4);
    });
  }
  if (slug === 'grounding-54321') {
    it('walks through see, touch, hear, smell and taste in that order', () => {
      expect(pack.exerciseType).toBe('grounding');
      const ids = pack.steps.map((step) => step.id);
      const senses = ['see', 'touch', 'hear', 'smell', 'taste'].map((sense) => ids.indexOf(sense));
      expect(senses.every((index) => index >= 0)).toBe(true);
      expect([...senses].sort((a, b) => a - b)).toEqual(senses);
    });
  }
  if (slug === 'meditation-short') {
    it('lasts about three minutes', () => {
      expect(pack.exerciseType).toBe('meditation');
      const total = pack.steps.reduce((sum, step) => sum + step.seconds, 0) * pack.rounds;
      expect(total).toBeGreaterThanOrEqual(150);
      expect(total).toBeLessThanOrEqual(240);
    });
  }
});

describe.each(scripts)('script $file', ({ slug, locale, pack }) => {
  const steps = stepMap(pack);

  it('is named after its id, locale and crisis type', () => {
    expect(pack.id).toBe(`pfa-${slug}-${locale}`);
    expect(pack.locale).toBe(locale);
    expect(pack.crisisType).toBe(slug);
  });

  it('passes the graph checks', () => {
    expect(checkScriptGraph(pack)).toEqual([]);
  });

  it('starts by asking whether anyone is in danger, with "yes" leading to the emergency numbers', () => {
    expect(pack.start).toBe('safety-check');
    const start = getStep(pack, 'safety-check');
    expect(start.type).toBe('choose');
    expect(start.phase).toBe('look');
    if (start.type !== 'choose') return;
    const yes = start.options.find((option) => option.id === 'yes');
    const no = start.options.find((option) => option.id === 'no');
    expect(yes?.next).toBe('emergency-numbers');
    expect(no).toBeDefined();
    expect(no?.next).not.toBe('emergency-numbers');

    const emergency = getStep(pack, 'emergency-numbers');
    expect(emergency.type).toBe('link');
    if (emergency.type !== 'link') return;
    expect(emergency.needs[0]).toBe('emergency');
    // The Companion is reminded to keep themselves safe, and the script goes on after the call.
    expect(emergency.note).toBeDefined();
    expect(emergency.next).not.toBe('safety-check');
    expect(steps.has(emergency.next)).toBe(true);
  });

  it('lists emergency numbers only on its danger step, and never police-involving services after police violence', () => {
    for (const step of pack.steps) {
      if (step.type !== 'link' || step.id === 'emergency-numbers') continue;
      expect(step.needs, step.id).not.toContain('emergency');
      if (slug === 'police-violence') for (const need of policeInvolvingNeeds) expect(step.needs, step.id).not.toContain(need);
    }
  });

  it('ends with a link step for the crisis, then a single close that reminds the Companion to debrief', () => {
    const last = pack.steps[pack.steps.length - 1];
    const beforeLast = pack.steps[pack.steps.length - 2];
    expect(last?.type).toBe('end');
    expect(last?.phase).toBe('close');
    expect(beforeLast?.type).toBe('link');
    expect(beforeLast?.phase).toBe('link');
    if (last?.type !== 'end' || beforeLast?.type !== 'link') return;
    expect(beforeLast.next).toBe(last.id);
    expect(beforeLast.needs).toEqual(expect.arrayContaining(finalNeeds[slug] ?? ['missing expectation']));
    expect(pack.steps.filter((step) => step.type === 'end')).toHaveLength(1);
    const intoEnd = pack.steps.filter((step) => nextStepIds(step).includes(last.id)).map((step) => step.id);
    expect(intoEnd).toEqual([beforeLast.id]);
    expect(`${last.text} ${last.note ?? ''}`).toMatch(trustWord[locale] ?? /never/);
  });

  it('reaches its end on every path, without loops, in a bounded number of steps', () => {
    const { paths, problems } = enumeratePaths(pack);
    expect(problems).toEqual([]);
    expect(paths.length).toBeGreaterThanOrEqual(3);
    for (const path of paths) {
      const last = path[path.length - 1] ?? '';
      if (!last.startsWith('handoff:')) expect(steps.get(last)?.type).toBe('end');
    }
    // Every step lies on some complete path.
    expect(new Set(paths.flatMap(ownSteps))).toEqual(new Set(steps.keys()));
  });

  it('follows Prepare or Look, then Listen, Link, Close in order on every path', () => {
    for (const path of enumeratePaths(pack).paths.map(ownSteps)) {
      const order = path.map((id) => phaseRank(steps.get(id)?.phase));
      expect(order, path.join(' > ')).toEqual([...order].sort((a, b) => a - b));
      expect(order[0]).toBe(phasesInOrder.indexOf('look'));
    }
    // The main path (no emergency) goes through all four phases at least once.
    const main = enumeratePaths(pack)
      .paths.map(ownSteps)
      .filter((path) => !path.includes('emergency-numbers'));
    const fullMain = main.filter((path) => {
      const phases = new Set(path.map((id) => steps.get(id)?.phase));
      return ['look', 'listen', 'link', 'close'].every((phase) => phases.has(phase as ScriptStep['phase']));
    });
    expect(fullMain.length).toBeGreaterThan(0);
  });

  it('listens with open questions and only offers choices, never forces', () => {
    expect(pack.steps.some((step) => step.type === 'ask' && step.phase === 'listen')).toBe(true);
    for (const step of pack.steps) {
      if (step.type !== 'choose') continue;
      const destinations = step.options.map((option) => option.next ?? handoffMark(option.handoff.crisisType, option.handoff.step));
      expect(new Set(destinations).size, step.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('runs only exercises that exist in the same language, for as long as they last', () => {
    for (const step of pack.steps) {
      if (step.type !== 'timer') continue;
      expect(step.exercise, step.id).toBeDefined();
      const exercise = exercisesById.get(step.exercise ?? '');
      expect(exercise, `${step.id} names ${step.exercise ?? 'nothing'}`).toBeDefined();
      expect(exercise?.locale).toBe(locale);
      const total = (exercise?.steps.reduce((sum, exerciseStep) => sum + exerciseStep.seconds, 0) ?? 0) * (exercise?.rounds ?? 0);
      expect(step.seconds, step.id).toBe(total);
    }
    if (slug === 'panic' || slug === 'general-distress') {
      const timers = pack.steps.filter((step) => step.type === 'timer');
      expect(timers.some((step) => step.exercise === `exercise-breathing-slow-${locale}`)).toBe(true);
    }
  });

  it('has no phone numbers, banned words, or steps too long to read aloud', () => {
    for (const text of scriptTexts(pack)) {
      expect(looksLikePhoneNumber(text), text).toBe(false);
      expect(bannedWords.test(text), text).toBe(false);
    }
    for (const step of pack.steps) {
      // About 20 seconds aloud.
      expect(step.text.split(/\s+/).length, step.id).toBeLessThanOrEqual(55);
    }
  });

  if (slug === 'suicide') {
    it('asks about suicide directly, and covers means and a crisis line', () => {
      const ask = getStep(pack, 'ask-directly');
      expect(ask.text).toMatch(/suicid/i);
      expect(ask.note).toMatch(/suicid/i);
      expect(steps.has('means-check')).toBe(true);
      expect(pack.steps.some((step) => step.type === 'link' && step.needs.includes('crisis-line'))).toBe(true);
    });
  }

  if (slug === 'sexual-violence') {
    it('states the PEP and emergency-contraception time limits', () => {
      const pep = getStep(pack, 'pep-info').text;
      const contraception = getStep(pack, 'ec-info').text;
      expect(pep).toMatch(/\b72\b/);
      expect(pep).toMatch(locale === 'fr' ? /PPE/ : /PEP/);
      expect(contraception).toMatch(/l[eé]vonorgestrel[^.]*\b72\b/i);
      expect(contraception).toMatch(/ulipristal[^.]*\b120\b/i);
    });
  }
});

describe.each(crisisTypes.map((crisisType) => [crisisType]))('%s in es, en and fr', (crisisType) => {
  const versions = locales.map((locale) => scripts.find((script) => script.file === `${crisisType}.${locale}.json`)?.pack);

  it('share step ids, types, phases, option ids and targets', () => {
    const [es, en, fr] = versions;
    expect(es && en && fr).toBeTruthy();
    if (!es || !en || !fr) return;
    expect(shape(es)).toEqual(shape(en));
    expect(shape(fr)).toEqual(shape(en));
  });

  it('are written separately in each language', () => {
    const [es, en, fr] = versions;
    if (!es || !en || !fr) throw new Error(`${crisisType} is missing a language`);
    es.steps.forEach((step, index) => {
      expect(step.text, step.id).not.toBe(en.steps[index]?.text);
      expect(fr.steps[index]?.text, step.id).not.toBe(en.steps[index]?.text);
    });
  });
});
