import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAlternates } from '../../src/content/genderText';
import { PfaScriptPackSchema, type PfaScriptPack, type ScriptStep } from '../../src/content/schema';
import { handoffsOf, nextStepIds } from '../../src/content/scriptGraph';

/*
 * The clinical and legal facts a Companion relies on in the default scripts, checked in every
 * language. Each expectation below is written from its public source (named next to it), not read
 * back from the packs: a pack that loses the fact, or states it without its source, fails here.
 */

const scriptsDir = join(import.meta.dirname, '../../content/scripts');
const locales = ['es', 'en', 'fr'] as const;
type Locale = (typeof locales)[number];

function load(slug: string, locale: Locale): PfaScriptPack {
  const parsed = PfaScriptPackSchema.safeParse(JSON.parse(readFileSync(join(scriptsDir, `${slug}.${locale}.json`), 'utf8')));
  if (!parsed.success) throw new Error(`${slug}.${locale}.json: ${parsed.error.message}`);
  return parsed.data;
}

function step(script: PfaScriptPack, id: string): ScriptStep {
  const found = script.steps.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`${script.id} has no step ${id}`);
  return found;
}

/** Everything a step shows (as the default feminine form reads), options and items included. */
function shown(found: ScriptStep): string {
  const parts = [found.text, found.note ?? ''];
  if (found.type === 'choose') parts.push(...found.options.map((option) => option.label));
  if (found.type === 'checklist') parts.push(...found.items);
  return renderAlternates(parts.join(' '), 'feminine');
}

function optionTarget(found: ScriptStep, optionId: string): string | undefined {
  if (found.type !== 'choose') throw new Error(`${found.id} is not a choice`);
  return found.options.find((option) => option.id === optionId)?.next;
}

/** Follows one option at every choice (and `next` elsewhere) until `until`, an end, or a dead end. */
type ChooseStep = Extract<ScriptStep, { type: 'choose' }>;

function follow(script: PfaScriptPack, from: string, pick: (found: ChooseStep) => string | undefined, until: string): string[] {
  const visited: string[] = [];
  let id: string | undefined = from;
  while (id !== undefined && !visited.includes(id) && visited.length < 40) {
    visited.push(id);
    if (id === until) break;
    const found = step(script, id);
    id = found.type === 'choose' ? pick(found) : nextStepIds(found)[0];
  }
  return visited;
}

/** A step's predecessors inside its script. */
function predecessors(script: PfaScriptPack, id: string): ScriptStep[] {
  return script.steps.filter((candidate) => nextStepIds(candidate).includes(id));
}

function expectSource(script: PfaScriptPack, url: RegExp): void {
  expect(script.sources?.map((source) => source.url) ?? [], `${script.id} cites ${String(url)}`).toEqual(
    expect.arrayContaining([expect.stringMatching(url)]),
  );
}

const forEachLocale = (name: string, body: (locale: Locale) => void): void => {
  it.each(locales)(`${name} (%s)`, body);
};

// Suicide: WHO mhGAP (2016) and the Columbia Suicide Severity Rating Scale screener ask, in plain
// words, about thoughts, a method or plan, intent, and past attempts; WHO: asking does not raise the
// risk; a plan with access to means, or intent now, is an emergency (content guide).
describe('suicide script', () => {
  const words = {
    plan: { es: /plan/i, en: /plan/i, fr: /plan/i },
    means: { es: /tienes lo que usarías/i, en: /have what you would use/i, fr: /as-tu ce que tu utiliserais/i },
    intent: { es: /esta noche|pronto/i, en: /tonight|soon/i, fr: /ce soir|bientôt/i },
    past: { es: /alguna vez intentaste/i, en: /ever tried to end your life/i, fr: /déjà essayé de mettre fin/i },
    substances: { es: /alcohol.*drogas|drogas.*alcohol/i, en: /alcohol.*drugs/i, fr: /alcool.*drogue/i },
    stay: { es: /quédate con (ella|la persona)/i, en: /stay with the person/i, fr: /reste avec (elle|la personne)/i },
    thanks: { es: /gracias por decírmelo/i, en: /thank you for telling me/i, fr: /merci de me l’avoir dit/i },
    whoAndWhen: { es: /quién.*cuándo/i, en: /who.*when/i, fr: /qui.*quand/i },
  } as const;

  forEachLocale('asks about a plan, then the means, and a plan with the means at hand goes straight to the call step', (locale) => {
    const script = load('suicide', locale);
    const path = follow(script, 'ask-directly', (found) => found.options.find((option) => option.id === 'yes')?.next, 'emergency-numbers');
    expect(path[path.length - 1]).toBe('emergency-numbers');
    const texts = path.map((id) => shown(step(script, id)));
    const planAt = texts.findIndex((text) => words.plan[locale].test(text));
    const meansAt = texts.findIndex((text) => words.means[locale].test(text));
    expect(planAt, path.join(' > ')).toBeGreaterThan(0);
    expect(meansAt).toBeGreaterThan(planAt);
    // The call step keeps the Companion with the person.
    expect(shown(step(script, 'emergency-numbers'))).toMatch(words.stay[locale]);
    expect(path.length).toBeLessThanOrEqual(6);
  });

  forEachLocale('treats intent to act now as an emergency even without a plan', (locale) => {
    const script = load('suicide', locale);
    const intent = script.steps.find((found) => found.type === 'choose' && words.intent[locale].test(found.text));
    expect(intent).toBeDefined();
    if (!intent) return;
    expect(optionTarget(intent, 'yes')).toBe('emergency-numbers');
    expect(optionTarget(intent, 'not-sure')).toBe('emergency-numbers');
  });

  forEachLocale('asks about past attempts and about alcohol or drugs taken now', (locale) => {
    const script = load('suicide', locale);
    const questions = script.steps.filter((found) => found.type === 'choose').map((found) => found.text);
    expect(questions.some((text) => words.past[locale].test(text))).toBe(true);
    expect(questions.some((text) => words.substances[locale].test(text))).toBe(true);
  });

  forEachLocale('answers "not sure, or would rather not say" without thanking for a disclosure', (locale) => {
    const script = load('suicide', locale);
    const target = optionTarget(step(script, 'ask-directly'), 'not-sure');
    expect(target).toBeDefined();
    expect(shown(step(script, target ?? ''))).not.toMatch(words.thanks[locale]);
  });

  forEachLocale('puts the means out of reach, and ends every path on an agreed next contact: who and when', (locale) => {
    const script = load('suicide', locale);
    expect(script.steps.some((found) => found.id === 'means-away')).toBe(true);
    const nextContact = script.steps.find((found) => found.type === 'ask' && words.whoAndWhen[locale].test(found.text));
    expect(nextContact).toBeDefined();
    // Every way into the final link step comes through the next-contact step.
    const intoServices = predecessors(script, 'services').map((found) => found.id);
    expect(intoServices).toEqual([nextContact?.id]);
    expect(optionTarget(step(script, 'after-emergency'), 'stop')).toBe(nextContact?.id);
  });

  forEachLocale('records WHO mhGAP and the Columbia screener as its sources', (locale) => {
    const script = load('suicide', locale);
    expectSource(script, /who\.int\/publications\/i\/item\/9789241549790/);
    expectSource(script, /cssrs\.columbia\.edu/);
  });
});

// Overdose: Health Canada's overdose poster (signs; call; give naloxone; stay; fentanyl mixed into
// other drugs), Health Canada on naloxone (free kits) and on the Good Samaritan Drug Overdose Act
// (protection from simple-possession charges), Ottawa Public Health (recovery position).
describe('alcohol or drugs script', () => {
  const words = {
    breathing: { es: /respira/i, en: /breath/i, fr: /respir/i },
    lips: { es: /labios/i, en: /lips/i, fr: /lèvres/i },
    ambulance: { es: /ambulancia/i, en: /ambulance/i, fr: /ambulance/i },
    recovery: { es: /posición de recuperación/i, en: /recovery position/i, fr: /position latérale de sécurité/i },
    naloxone: { es: /naloxona/i, en: /naloxone/i, fr: /naloxone/i },
    fentanyl: { es: /fentanilo/i, en: /fentanyl/i, fr: /fentanyl/i },
    free: { es: /gratis/i, en: /free/i, fr: /gratuites?/i },
    possession: { es: /posesión/i, en: /possession/i, fr: /possession/i },
    harmReduction: { es: /reducción de daños/i, en: /harm reduction/i, fr: /réduction des méfaits/i },
  } as const;

  forEachLocale('asks first about the signs of an overdose, and "yes" calls for an ambulance', (locale) => {
    const script = load('alcohol-or-drugs', locale);
    const first = shown(step(script, script.start));
    expect(first).toMatch(words.breathing[locale]);
    expect(first).toMatch(words.lips[locale]);
    expect(optionTarget(step(script, script.start), 'yes')).toBe('emergency-numbers');
    const call = step(script, 'emergency-numbers');
    expect(shown(call)).toMatch(words.ambulance[locale]);
    expect(call.type === 'link' && call.needs).toEqual(['emergency', 'health']);
  });

  forEachLocale('names the Good Samaritan Drug Overdose Act and what it protects from, on the call step', (locale) => {
    const call = shown(step(load('alcohol-or-drugs', locale), 'emergency-numbers'));
    expect(call).toMatch(/Good Samaritan Drug Overdose Act/);
    expect(call).toMatch(/Canad/);
    expect(call).toMatch(words.possession[locale]);
  });

  forEachLocale(
    'puts someone breathing but not responding in the recovery position, then naloxone, before the supportive path',
    (locale) => {
      const script = load('alcohol-or-drugs', locale);
      const path = follow(
        script,
        'emergency-numbers',
        (found) =>
          (found.options.find((option) => option.id === 'not-responding') ?? found.options.find((option) => option.id === 'continue'))
            ?.next,
        'introduce',
      );
      const texts = path.map((id) => shown(step(script, id)));
      const recoveryAt = texts.findIndex((text) => words.recovery[locale].test(text));
      const naloxoneAt = texts.findIndex((text) => words.naloxone[locale].test(text) && words.fentanyl[locale].test(text));
      expect(recoveryAt, path.join(' > ')).toBeGreaterThan(0);
      expect(naloxoneAt).toBeGreaterThan(recoveryAt);
      expect(path.indexOf('introduce')).toBeGreaterThan(naloxoneAt);
      // Not breathing goes straight to naloxone.
      const breathing = step(script, path[1] ?? '');
      expect(words.naloxone[locale].test(shown(step(script, optionTarget(breathing, 'not-breathing') ?? '')))).toBe(true);
      // Canada's free kits.
      expect(texts[naloxoneAt]).toMatch(words.free[locale]);
    },
  );

  forEachLocale('links to harm reduction services at the end, and records its Health Canada sources', (locale) => {
    const script = load('alcohol-or-drugs', locale);
    const services = step(script, 'services');
    expect(services.type === 'link' && services.needs).toContain('harm-reduction');
    expect(shown(services)).toMatch(words.harmReduction[locale]);
    expectSource(script, /canada\.ca\/.*good-samaritan/);
    expectSource(script, /canada\.ca\/.*naloxone/);
    expectSource(script, /canada\.ca\/.*opioid-overdose/);
  });
});

// Sexual violence: WHO/UNFPA/UNHCR clinical management of rape (2020): HIV PEP within 72 hours,
// STI and hepatitis B prevention, evidence only with consent, strangulation as an urgent sign;
// emergency contraception: levonorgestrel up to 72 hours, ulipristal acetate up to 120 hours.
describe('sexual violence script', () => {
  const words = {
    strangled: { es: /ahorcado|cuello/i, en: /strangled/i, fr: /étrangl/i },
    head: { es: /cabeza/i, en: /head/i, fr: /tête/i },
    hepatitisB: { es: /hepatitis B/i, en: /hepatitis B/i, fr: /hépatite B/i },
    infections: { es: /infecciones sexuales/i, en: /sexual infections/i, fr: /infections transmissibles sexuellement/i },
    evidence: { es: /pruebas/i, en: /evidence/i, fr: /preuves/i },
    choice: { es: /tu decisión|tú decides/i, en: /your choice|you can decide/i, fr: /ton choix|tu décides/i },
  } as const;

  forEachLocale('treats strangulation or a blow to the head as urgent: "yes" goes to the call step', (locale) => {
    const script = load('sexual-violence', locale);
    const urgent = script.steps.find(
      (found) => found.type === 'choose' && words.strangled[locale].test(found.text) && words.head[locale].test(found.text),
    );
    expect(urgent).toBeDefined();
    if (!urgent) return;
    expect(optionTarget(urgent, 'yes')).toBe('emergency-numbers');
    // It comes before listening, in the Look phase.
    expect(urgent.phase).toBe('look');
  });

  forEachLocale('gives PEP within 72 hours together with STI and hepatitis B prevention', (locale) => {
    const pep = shown(step(load('sexual-violence', locale), 'pep-info'));
    expect(pep).toMatch(/\b72\b/);
    expect(pep).toMatch(locale === 'fr' ? /PPE/ : /PEP/);
    expect(pep).toMatch(words.hepatitisB[locale]);
    expect(pep).toMatch(words.infections[locale]);
  });

  forEachLocale('asks before each piece of medical or legal information, instead of three in a row', (locale) => {
    const script = load('sexual-violence', locale);
    const informationSteps = script.steps.filter(
      (found) => found.type === 'say' && (/\b(72|120)\b/.test(found.text) || words.evidence[locale].test(found.text)),
    );
    expect(informationSteps.map((found) => found.id).sort()).toEqual(['ec-info', 'evidence-info', 'pep-info']);
    for (const info of informationSteps) {
      const before = predecessors(script, info.id);
      expect(before.length, info.id).toBeGreaterThan(0);
      for (const previous of before) expect(previous.type, `${previous.id} > ${info.id}`).toBe('choose');
    }
  });

  forEachLocale('offers evidence keeping only as the person’s choice, and records WHO sources', (locale) => {
    const script = load('sexual-violence', locale);
    const ask = predecessors(script, 'evidence-info')[0];
    expect(ask && shown(ask)).toMatch(words.choice[locale]);
    expect(shown(step(script, 'evidence-info'))).toMatch(words.evidence[locale]);
    expectSource(script, /who\.int\/publications\/i\/item\/9789240001411/);
  });
});

// Handoffs the clinical review asked for: general distress asks about suicide; partner or client
// violence asks whether it was sexual (PEP within 72 hours, WHO 2020).
describe('handoffs between situations', () => {
  forEachLocale('general distress asks directly about suicide and hands a "yes" to the suicide script', (locale) => {
    const script = load('general-distress', locale);
    const ask = script.steps.find((found) => handoffsOf(found).some(({ handoff }) => handoff.crisisType === 'suicide'));
    expect(ask?.text).toMatch(/suicid/i);
    const yes = ask?.type === 'choose' ? ask.options.find((option) => option.id === 'yes') : undefined;
    expect(yes?.handoff?.crisisType).toBe('suicide');
    // It hands over to a step that exists in the same-language suicide script.
    expect(load('suicide', locale).steps.some((found) => found.id === yes?.handoff?.step)).toBe(true);
  });

  forEachLocale('partner or client violence asks whether it was sexual, names the 72-hour PEP window and hands off', (locale) => {
    const script = load('partner-or-client-violence', locale);
    const ask = script.steps.find((found) => handoffsOf(found).some(({ handoff }) => handoff.crisisType === 'sexual-violence'));
    expect(ask).toBeDefined();
    expect(ask && shown(ask)).toMatch(/\b72\b/);
    expect(ask && shown(ask)).toMatch(locale === 'fr' ? /PPE/ : /PEP/);
    const target = ask ? handoffsOf(ask)[0]?.handoff.step : undefined;
    expect(load('sexual-violence', locale).steps.some((found) => found.id === target)).toBe(true);
  });

  forEachLocale('self-harm asks about suicide and hands a "yes" to the suicide script', (locale) => {
    const script = load('self-harm', locale);
    const ask = script.steps.find((found) => handoffsOf(found).some(({ handoff }) => handoff.crisisType === 'suicide'));
    expect(ask?.text).toMatch(/suicid/i);
  });
});

// Detention: the UN Body of Principles for anyone detained (1988): a lawyer (17), a family member
// or other person told (16), no coerced statement (21), a medical examination offered and recorded
// (24, 26). Police are not offered as help (content guide).
describe('detention script', () => {
  const words = {
    lawyer: { es: /abogad|defens/i, en: /lawyer/i, fr: /avocat/i },
    sign: {
      es: /no firmes nada que no entiendas/i,
      en: /don’t sign anything you don’t understand/i,
      fr: /ne signe rien que tu ne comprends pas/i,
    },
    exam: { es: /revisión médica/i, en: /medical examination/i, fr: /examen médical/i },
    told: { es: /avisen a alguien/i, en: /someone you trust be told/i, fr: /prévienne une personne/i },
  } as const;

  forEachLocale('says on the spot: a lawyer, someone told, nothing signed unread, a medical examination', (locale) => {
    const script = load('detention', locale);
    const text = shown(step(script, 'rights-say'));
    for (const fact of [words.lawyer, words.sign, words.exam, words.told]) expect(text).toMatch(fact[locale]);
    expectSource(script, /ohchr\.org/);
  });

  forEachLocale('uses the Prepare phase before going there, and never offers the police outside the danger step', (locale) => {
    const script = load('detention', locale);
    expect(script.steps.some((found) => found.phase === 'prepare' && found.type === 'checklist')).toBe(true);
    for (const found of script.steps) {
      if (found.type !== 'link' || found.id === 'emergency-numbers') continue;
      expect(found.needs, found.id).not.toContain('emergency');
      expect(found.needs, found.id).not.toContain('victim-services');
    }
  });
});

// Self-harm: NHS (cuts, burns, self-harm): clean, press to stop bleeding, cover; a burn bigger than
// the hand needs hospital care; signs of infection. WHO mhGAP: non-judgemental care.
describe('self-harm script', () => {
  const words = {
    water: { es: /agua limpia/i, en: /clean water/i, fr: /eau propre/i },
    press: { es: /presi[oó]n/i, en: /press/i, fr: /appuie/i },
    hand: { es: /más grande que la mano/i, en: /bigger than the person’s hand/i, fr: /plus grande que la main/i },
    infection: { es: /infección/i, en: /infection/i, fr: /infection/i },
  } as const;

  forEachLocale('cares for a wound with the steps the NHS gives, after getting ready', (locale) => {
    const script = load('self-harm', locale);
    const care = shown(step(script, 'wound-care'));
    expect(care).toMatch(words.water[locale]);
    expect(care).toMatch(words.press[locale]);
    expect(care).toMatch(words.hand[locale]);
    expect(predecessors(script, 'wound-care').map((found) => found.phase)).toEqual(['prepare']);
    expect(script.steps.some((found) => words.infection[locale].test(found.text))).toBe(true);
    expectSource(script, /nhs\.uk/);
  });
});
