import { describe, expect, it } from 'vitest';
import {
  FRAMEWORK_IDS,
  FRAMEWORKS,
  type Framework,
  frameworkForDate,
  isFrameworkId,
  LIMITING_RULES,
} from '../../src/index.js';

describe('FRAMEWORKS', () => {
  it('holds the four frameworks, oldest first', () => {
    expect(FRAMEWORK_IDS).toEqual(['sif-2013', 'ilacs-2018', 'ilacs-2023', 'ilacs-2026']);
    for (const id of FRAMEWORK_IDS) expect(FRAMEWORKS[id].id).toBe(id);
    expect(isFrameworkId('ilacs-2023')).toBe(true);
    expect(isFrameworkId('toString')).toBe(false);
    expect(isFrameworkId(undefined)).toBe(false);
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(FRAMEWORKS)).toBe(true);
    expect(Object.isFrozen(FRAMEWORKS['ilacs-2023'].areas)).toBe(true);
    expect(Object.isFrozen(FRAMEWORKS['ilacs-2023'].areas[0])).toBe(true);
    expect(Object.isFrozen(FRAMEWORKS['ilacs-2023'].areas[0].limits)).toBe(true);
    expect(Object.isFrozen(FRAMEWORK_IDS)).toBe(true);
    expect(Object.isFrozen(LIMITING_RULES)).toBe(true);
  });

  it('gives the ILACS area ids and splits care leavers out from 2023', () => {
    const ids = (id: keyof typeof FRAMEWORKS) => FRAMEWORKS[id].areas.map((area) => area.id);
    expect(ids('ilacs-2018')).toEqual(['leaders', 'helpAndProtection', 'childrenInCareAndCareLeavers']);
    expect(ids('ilacs-2023')).toEqual(['leaders', 'helpAndProtection', 'childrenInCare', 'careLeavers']);
    expect(ids('ilacs-2026')).toEqual(ids('ilacs-2023'));
  });

  it('has overall effectiveness in every framework but ilacs-2026', () => {
    expect(FRAMEWORK_IDS.filter((id) => FRAMEWORKS[id].hasOverallEffectiveness)).toEqual([
      'sif-2013',
      'ilacs-2018',
      'ilacs-2023',
    ]);
  });

  it('lets leaders limit under the default rule only, and the practice areas under both', () => {
    for (const id of FRAMEWORK_IDS) {
      for (const area of FRAMEWORKS[id].areas) {
        const limits: readonly string[] = area.limits;
        if (area.role !== 'key') expect(limits, `${id} ${area.id}`).toEqual([]);
        else if (area.id === 'leaders') expect(limits).toEqual(['any-inadequate-area']);
        else expect(limits).toEqual(LIMITING_RULES);
      }
    }
  });

  it('makes every sub-judgement point at a key area of its framework', () => {
    for (const id of FRAMEWORK_IDS) {
      const framework: Framework = FRAMEWORKS[id];
      for (const area of framework.areas.filter((a) => a.role === 'sub-judgement')) {
        expect(framework.areas.find((a) => a.id === area.parent)?.role).toBe('key');
      }
      expect(new Set(framework.areas.map((a) => a.id)).size).toBe(framework.areas.length);
    }
  });

  it('lists the SIF areas in report order: help and protection; children looked after, with adoption and care leavers; leadership', () => {
    expect(FRAMEWORKS['sif-2013'].areas.map((area) => area.id)).toEqual([
      'helpAndProtection',
      'childrenLookedAfter',
      'adoption',
      'careLeavers',
      'leaders',
      'lscb',
    ]);
  });

  it("prints SIF's scale as SIF did", () => {
    expect(FRAMEWORKS['sif-2013'].labelStyle).toBe('sif');
    expect(FRAMEWORKS['ilacs-2018'].labelStyle).toBe('ilacs');
  });
});

describe('frameworkForDate', () => {
  it.each([
    ['2013-11-07', 'sif-2013'],
    ['2014-11-18', 'sif-2013'],
    ['2017-12-31', 'sif-2013'],
    ['2018-08-25', 'ilacs-2018'],
    ['2019-01-14', 'ilacs-2018'],
    ['2022-11-14', 'ilacs-2018'],
    ['2022-12-31', 'ilacs-2018'],
    ['2023-01-01', 'ilacs-2023'],
    ['2026-03-02', 'ilacs-2023'],
    ['2026-03-31', 'ilacs-2023'],
    ['2026-04-01', 'ilacs-2026'],
    ['2030-01-01', 'ilacs-2026'],
  ])('gives %s to %s', (date, id) => {
    const result = frameworkForDate(date);
    expect(result.ok && result.value.id).toBe(id);
  });

  it.each(['2018-01-01', '2018-06-11', '2018-07-05', '2018-08-24'])(
    'will not guess on %s, when SIF and ILACS inspections ran side by side, unless told which',
    (date) => {
      const guessed = frameworkForDate(date);
      expect(!guessed.ok && guessed.issues).toEqual([
        {
          path: [],
          code: 'framework-ambiguous',
          message: `On ${date} both sif-2013 (sif) and ilacs-2018 (ilacs) were in use, so the date alone cannot say which: pass family: "sif" for a SIF inspection or "ilacs" for an ILACS one.`,
          params: { found: `"${date}"`, allowed: ['sif-2013', 'ilacs-2018'] },
        },
      ]);
      const sif = frameworkForDate(date, { family: 'sif' });
      expect(sif.ok && sif.value.id).toBe('sif-2013');
      const ilacs = frameworkForDate(date, { family: 'ilacs' });
      expect(ilacs.ok && ilacs.value.id).toBe('ilacs-2018');
    },
  );

  it('keeps the SIF in force until its last report, Torbay on site to 5 July 2018, published 24 August', () => {
    expect(FRAMEWORKS['sif-2013'].inForce).toEqual({ from: '2013-11-07', until: '2018-08-24' });
    const late = frameworkForDate('2018-09-03', { family: 'sif' });
    expect(!late.ok && late.issues[0]?.message).toMatch(
      /No SIF framework was in force on 2018-09-03: the last ended on 2018-08-24/,
    );
    expect(FRAMEWORKS['ilacs-2026'].sources.some((source) => !source.confirmed)).toBe(true);
  });

  it('refuses options it does not have, with issues rather than an exception', () => {
    const result = frameworkForDate('2019-01-14', { famly: 'ilacs' } as never);
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([[['options', 'famly'], 'unknown-key']]);
    const family = frameworkForDate('2019-01-14', { family: 'ILACS' as never });
    expect(!family.ok && family.issues[0]?.message).toMatch(/did you mean "ilacs"/);
  });

  it('refuses a date before every framework, saying when the first starts', () => {
    expect(frameworkForDate('2013-11-06')).toEqual({
      ok: false,
      issues: [
        {
          path: [],
          code: 'no-framework-in-force',
          message:
            'No framework was in force on 2013-11-06: the earliest starts on 2013-11-07. Record the framework yourself, or pass your own frameworks.',
          params: { found: '"2013-11-06"', limit: '2013-11-07', rule: 'before-first' },
        },
      ],
    });
  });

  it('refuses what is not a date', () => {
    const result = frameworkForDate('2019-02-30');
    expect(!result.ok && result.issues[0]?.code).toBe('invalid-date');
    const wrongType = frameworkForDate(20190101 as unknown as string);
    expect(!wrongType.ok && wrongType.issues[0]?.code).toBe('invalid-type');
  });

  it("takes the caller's frameworks, such as a different start for ilacs-2026", () => {
    const frameworks: Framework[] = [
      FRAMEWORKS['ilacs-2018'],
      { ...FRAMEWORKS['ilacs-2023'], inForce: { from: '2023-01-01', until: '2026-04-12' } },
      { ...FRAMEWORKS['ilacs-2026'], inForce: { from: '2026-04-13' } },
    ];
    const early = frameworkForDate('2026-04-06', { frameworks });
    expect(early.ok && early.value.id).toBe('ilacs-2023');
    const late = frameworkForDate('2026-04-13', { frameworks });
    expect(late.ok && late.value.id).toBe('ilacs-2026');
    const none = frameworkForDate('2026-04-13', { frameworks: [] });
    expect(!none.ok && none.issues[0]?.message).toMatch(/No frameworks were given/);
  });
});
