import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioProblems } from '../../src/content/courseScenario';
import { GuidePackSchema, type GuidePack } from '../../src/content/schema';

/*
 * Each of the ten course modules is a session a Companion can do alone in 20-30 minutes: reading,
 * a worked example, drills of more than one kind with feedback on every answer, a branching
 * scenario that always ends, a pair role-play, a reflection and the public sources it rests on,
 * in es, en and fr with the same skeleton. Run one module with -t "course-03".
 */

const guidesDir = join(import.meta.dirname, '../../content/guides');
const locales = ['es', 'en', 'fr'] as const;

const files = readdirSync(guidesDir).filter((file) => /^course-\d\d-[a-z0-9-]+\.(es|en|fr)\.json$/.test(file));
const slugs = [...new Set(files.map((file) => file.replace(/\.(es|en|fr)\.json$/, '')))].sort();

function read(slug: string, locale: string): GuidePack {
  const file = `${slug}.${locale}.json`;
  const result = GuidePackSchema.safeParse(JSON.parse(readFileSync(join(guidesDir, file), 'utf8')));
  if (!result.success) throw new Error(`${file} is not a valid guide pack: ${result.error.message}`);
  return result.data;
}

/** What must be the same in every language: ids, counts and the right answers, not the words. */
function skeleton(pack: GuidePack) {
  return {
    order: pack.order,
    minutes: pack.minutes,
    hasContentNote: pack.contentNote !== undefined,
    sections: pack.sections.map((section) => section.id),
    example: pack.example?.lines.map((line) => line.speaker),
    drills: (pack.drills ?? []).map((drill) => [drill.id, drill.options.map((option) => [option.id, option.isBest])]),
    practice: (pack.practice ?? []).map((drill) =>
      drill.kind === 'spot'
        ? [drill.id, drill.kind, drill.lines.map((line) => [line.id, line.speaker, line.isMistake])]
        : drill.kind === 'order'
          ? [drill.id, drill.kind, drill.steps.map((step) => step.id)]
          : [drill.id, drill.kind, drill.checks.length, drill.modelAnswers.length],
    ),
    scenario: pack.scenario && {
      start: pack.scenario.start,
      nodes: pack.scenario.nodes.map((node) => [node.id, node.choices.map((choice) => [choice.id, choice.isGood, choice.next])]),
    },
    roleplay: pack.roleplay && [pack.roleplay.minutes, pack.roleplay.practise.length, pack.roleplay.observerWatches.length],
    sources: pack.sources?.map((source) => source.url),
  };
}

const minimumFeedback = 30;

describe.each(slugs)('%s', (slug) => {
  const packs = locales.map((locale) => ({ locale, pack: read(slug, locale) }));

  it('exists in es, en and fr with the same skeleton', () => {
    const reference = skeleton(read(slug, 'en'));
    for (const { locale, pack } of packs) expect(skeleton(pack), `${slug}.${locale}`).toEqual(reference);
  });

  it.each(locales)('%s: has every part of a module', (locale) => {
    const pack = read(slug, locale);
    const where = `${slug}.${locale}`;
    expect(pack.category, where).toBe('course');
    expect(pack.minutes, `${where}: minutes`).toBeGreaterThanOrEqual(20);
    expect(pack.minutes, `${where}: minutes`).toBeLessThanOrEqual(30);
    expect(pack.sections.length, `${where}: what to know, in short sections`).toBeGreaterThanOrEqual(3);
    expect(pack.example?.lines.length ?? 0, `${where}: a worked example`).toBeGreaterThanOrEqual(6);
    const choose = pack.drills ?? [];
    const practice = pack.practice ?? [];
    expect(choose.length + practice.length, `${where}: several drills`).toBeGreaterThanOrEqual(4);
    const kinds = new Set([...(choose.length > 0 ? ['choose'] : []), ...practice.map((drill) => drill.kind)]);
    expect(kinds.size, `${where}: drills of more than one kind`).toBeGreaterThanOrEqual(2);
    for (const drill of choose) {
      expect(drill.options.length, `${where}: ${drill.id} offers a real choice`).toBeGreaterThanOrEqual(3);
      for (const option of drill.options)
        expect(option.feedback.length, `${where}: ${drill.id}/${option.id} feedback`).toBeGreaterThan(minimumFeedback);
    }
    for (const drill of practice) {
      if (drill.kind === 'spot')
        for (const line of drill.lines)
          expect(line.feedback.length, `${where}: ${drill.id}/${line.id} feedback`).toBeGreaterThan(minimumFeedback);
      if (drill.kind === 'order')
        for (const step of drill.steps) expect(step.why.length, `${where}: ${drill.id}/${step.id} why`).toBeGreaterThan(minimumFeedback);
    }
    expect(pack.scenario, `${where}: a scenario`).toBeDefined();
    if (pack.scenario) {
      expect(scenarioProblems(pack.scenario), `${where}: the scenario's every path ends`).toEqual([]);
      const choices = pack.scenario.nodes.flatMap((node) => node.choices);
      expect(choices.length, `${where}: the scenario branches`).toBeGreaterThanOrEqual(4);
      for (const choice of choices)
        expect(choice.feedback.length, `${where}: scenario ${choice.id} feedback`).toBeGreaterThan(minimumFeedback);
    }
    expect(pack.roleplay, `${where}: a role-play card`).toBeDefined();
    expect(pack.reflection?.length ?? 0, `${where}: a reflection`).toBeGreaterThan(20);
    expect(pack.sources?.length ?? 0, `${where}: named public sources`).toBeGreaterThanOrEqual(1);
  });
});

describe('the course', () => {
  it('has ten modules numbered 1 to 10', () => {
    expect(slugs).toHaveLength(10);
    expect(slugs.map((slug) => read(slug, 'en').order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
