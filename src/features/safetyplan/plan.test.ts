import { describe, expect, it } from 'vitest';
import {
  checkDraft,
  contactDraft,
  draftFrom,
  isEmptyPlan,
  isSameDraft,
  linesOf,
  maxLineLength,
  maxLines,
  planAsText,
  SafetyPlanSchema,
  type PlanDraft,
  type SafetyPlan,
} from './plan';
import { planSaveFailureOf } from './planStore';
import { VaultError } from '../../vault';

const now = new Date('2026-12-03T08:00:00.000Z');
const emptyDraft = (): PlanDraft => draftFrom(undefined);

function planOf(draft: Partial<PlanDraft>): SafetyPlan {
  const checked = checkDraft({ ...emptyDraft(), ...draft }, now);
  if (!('plan' in checked)) throw new Error(`unexpected problems: ${JSON.stringify(checked.problems)}`);
  return checked.plan;
}

describe('a safety plan draft', () => {
  it('becomes a plan of trimmed lines, one thing per line, with blank lines left out', () => {
    const plan = planOf({ warningSigns: '  I stop eating \n\n\r\nI stay in bed all day  \n', reasons: 'my daughter' });
    expect(plan.warningSigns).toEqual(['I stop eating', 'I stay in bed all day']);
    expect(plan.reasons).toEqual(['my daughter']);
    expect(plan.copingAlone).toEqual([]);
    expect(plan.updatedAt).toBe('2026-12-03T08:00:00.000Z');
    expect(SafetyPlanSchema.safeParse(plan).success).toBe(true);
  });

  it('keeps people and services with a name, drops empty rows, and stores the number as it dials', () => {
    const plan = planOf({
      helpers: [contactDraft(' Ana ', '+51 (987) 654-321'), contactDraft('  ', ' '), contactDraft('Rosa', '')],
      services: [contactDraft('Línea 113', '113'), contactDraft('Short code', '*4141')],
    });
    expect(plan.helpers).toEqual([
      { name: 'Ana', phone: '+51987654321', mayCallPolice: false },
      { name: 'Rosa', phone: '', mayCallPolice: false },
    ]);
    expect(plan.services).toEqual([
      { name: 'Línea 113', phone: '113', mayCallPolice: false },
      { name: 'Short code', phone: '*4141', mayCallPolice: false },
    ]);
  });

  it('keeps the police warning of a service picked from the directory, through saving and editing again', () => {
    const plan = planOf({ services: [contactDraft('Línea 105', '105', true), contactDraft('Línea 113', '113')] });
    expect(plan.services.map((service) => service.mayCallPolice)).toEqual([true, false]);
    const draft = draftFrom(plan);
    expect(draft.services.map((row) => row.mayCallPolice)).toEqual([true, false]);
    expect(
      isSameDraft(draft, draftFrom({ ...plan, services: plan.services.map((service) => ({ ...service, mayCallPolice: false })) })),
    ).toBe(false);
  });

  it('names each problem and where it is, and changes nothing in the draft', () => {
    const noName = contactDraft('', '555 123');
    const badPhone = contactDraft('Ana', 'call me maybe');
    const longName = contactDraft('x'.repeat(81), '');
    const draft: PlanDraft = {
      ...emptyDraft(),
      copingAlone: `${'a'.repeat(maxLineLength + 1)}\nwalk`,
      reasons: Array.from({ length: maxLines + 1 }, (_, index) => `reason ${index}`).join('\n'),
      helpers: [noName, badPhone],
      services: [longName],
    };
    const copy = structuredClone(draft);
    const checked = checkDraft(draft, now);
    expect(checked).toEqual({
      problems: {
        copingAlone: 'line-too-long',
        reasons: 'too-many-lines',
        helpers: { [noName.key]: { name: 'missing' }, [badPhone.key]: { phone: 'invalid' } },
        services: { [longName.key]: { name: 'too-long' } },
      },
    });
    expect(draft).toEqual(copy);
  });

  it('counts a line in characters as people see them', () => {
    expect('plan' in checkDraft({ ...emptyDraft(), reasons: '🙂'.repeat(maxLineLength) }, now)).toBe(true);
    expect('problems' in checkDraft({ ...emptyDraft(), reasons: 'é'.repeat(maxLineLength + 1) }, now)).toBe(true);
  });

  it('reads back from a plan as the same words, and tells a changed draft from an unchanged one', () => {
    const plan = planOf({ warningSigns: 'one\ntwo', helpers: [contactDraft('Ana', '555')] });
    const draft = draftFrom(plan);
    expect(draft.warningSigns).toBe('one\ntwo');
    expect(draft.helpers.map(({ name, phone }) => ({ name, phone }))).toEqual([{ name: 'Ana', phone: '555' }]);
    expect(isSameDraft(draft, draftFrom(plan))).toBe(true);
    expect(isSameDraft({ ...draft, reasons: 'x' }, draft)).toBe(false);
    expect(isSameDraft({ ...draft, helpers: [...draft.helpers, contactDraft()] }, draft)).toBe(false);
  });

  it('is empty until something is written', () => {
    expect(isEmptyPlan(planOf({ warningSigns: ' \n ' }))).toBe(true);
    expect(isEmptyPlan(planOf({ services: [contactDraft('Línea 113', '')] }))).toBe(false);
  });
});

describe('the stored plan', () => {
  const plan = planOf({ warningSigns: 'sign', helpers: [contactDraft('Ana', '555')] });

  it('refuses anything extra, missing, untrimmed or malformed', () => {
    expect(SafetyPlanSchema.safeParse({ ...plan, location: 'Lima' }).success).toBe(false);
    const withoutReasons: Partial<SafetyPlan> = { ...plan };
    delete withoutReasons.reasons;
    expect(SafetyPlanSchema.safeParse(withoutReasons).success).toBe(false);
    expect(SafetyPlanSchema.safeParse({ ...plan, warningSigns: [' padded '] }).success).toBe(false);
    expect(SafetyPlanSchema.safeParse({ ...plan, warningSigns: ['two\nlines'] }).success).toBe(false);
    expect(SafetyPlanSchema.safeParse({ ...plan, helpers: [{ name: 'Ana', phone: 'abc' }] }).success).toBe(false);
    expect(SafetyPlanSchema.safeParse({ ...plan, helpers: [{ name: 'Ana', phone: '555', role: 'friend' }] }).success).toBe(false);
    expect(SafetyPlanSchema.safeParse({ ...plan, updatedAt: 'yesterday' }).success).toBe(false);
    expect(SafetyPlanSchema.safeParse({ ...plan, services: [{ name: 'Línea', phone: '', mayCallPolice: 'yes' }] }).success).toBe(false);
  });

  it('reads a plan saved before the police warning was kept: its people and services read as not calling the police', () => {
    const older = { ...plan, helpers: [{ name: 'Ana', phone: '555' }], services: [{ name: 'Línea 113', phone: '113' }] };
    const parsed = SafetyPlanSchema.parse(older);
    expect(parsed.helpers).toEqual([{ name: 'Ana', phone: '555', mayCallPolice: false }]);
    expect(parsed.services).toEqual([{ name: 'Línea 113', phone: '113', mayCallPolice: false }]);
  });
});

describe('the plan as plain text', () => {
  const labels = {
    title: 'My safety plan',
    sectionTitle: (section: string, number: number) => `${number}. ${section}`,
    police: 'may send or call the police',
  };

  it('lists the filled steps in order, numbered as in the plan, with names and numbers', () => {
    const plan = planOf({
      warningSigns: 'I stop answering messages',
      helpers: [contactDraft('Ana', '+51 987 654 321'), contactDraft('Rosa', '')],
      reasons: 'my cat\nthe sea',
    });
    expect(planAsText(plan, { ...labels, emergency: 'In danger: call 106 (Sends: ambulance)' })).toBe(
      [
        'My safety plan\nIn danger: call 106 (Sends: ambulance)',
        '1. warningSigns\n- I stop answering messages',
        '4. helpers\n- Ana: +51987654321\n- Rosa',
        '7. reasons\n- my cat\n- the sea',
      ].join('\n\n'),
    );
  });

  it('says after a service that it may send or call the police, in the copy and for the voice', () => {
    const plan = planOf({ services: [contactDraft('Línea 105', '105', true), contactDraft('Línea 113', '113')] });
    const services = '5. services\n- Línea 105: 105 (may send or call the police)\n- Línea 113: 113';
    expect(planAsText(plan, labels)).toBe(`My safety plan\n\n${services}`);
    expect(planAsText(plan, { ...labels, bullet: '' })).toContain('Línea 105: 105 (may send or call the police)');
  });

  it('reads without list marks for the voice', () => {
    const plan = planOf({ copingAlone: 'breathe slowly' });
    expect(planAsText(plan, { ...labels, bullet: '' })).toBe('My safety plan\n\n2. copingAlone\nbreathe slowly');
  });
});

describe('what a failed save means to her', () => {
  it('names a locked vault, a full phone, a vault changed elsewhere, and anything else', () => {
    expect(planSaveFailureOf(new VaultError('locked'))).toBe('locked');
    expect(planSaveFailureOf(new VaultError('storage-full'))).toBe('storage-full');
    expect(planSaveFailureOf(new VaultError('key-changed'))).toBe('changed');
    expect(planSaveFailureOf(new VaultError('vault-gone'))).toBe('changed');
    expect(planSaveFailureOf(new Error('boom'))).toBe('failed');
  });
});

describe('splitting lines', () => {
  it('accepts every kind of line end', () => {
    expect(linesOf('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
  });
});
