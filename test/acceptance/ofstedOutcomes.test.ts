import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type AreaId,
  checkAwardedOverall,
  deriveOverallEffectiveness,
  explain,
  FRAMEWORKS,
  type Framework,
  frameworkForDate,
  isJudgement,
  type Judgement,
  judgementRank,
  parseJudgement,
} from '../../src/index.js';
import { loadOfficialInspections, loadVerbatimIlacsRows, type OfficialInspection } from './loadOfstedOutcomes.js';

const inspections = loadOfficialInspections();

function label(inspection: OfficialInspection): string {
  return `${inspection.laName} ${inspection.publicationDate.slice(0, 4)}`;
}

function hasInadequateKeyArea(inspection: OfficialInspection, practiceOnly = false): boolean {
  const framework: Framework = FRAMEWORKS[inspection.outcome.framework];
  const judgements = inspection.outcome.judgements as Readonly<Record<string, string>>;
  return framework.areas.some(
    (area) =>
      area.role === 'key' &&
      judgements[area.id] === 'inadequate' &&
      (!practiceOnly || area.limits.includes('inadequate-practice-area')),
  );
}

describe("Ofsted's published outcomes (444 inspections)", () => {
  it('reads every row through the library: 173 SIF and 271 ILACS inspections', () => {
    expect(inspections).toHaveLength(444);
    expect(inspections.filter((i) => i.frameworkColumn === 'SIF')).toHaveLength(173);
    expect(inspections.filter((i) => i.frameworkColumn === 'ILACS')).toHaveLength(271);
    const frameworks = inspections.map((i) => i.outcome.framework);
    expect(frameworks.filter((f) => f === 'ilacs-2018')).toHaveLength(168);
    expect(frameworks.filter((f) => f === 'ilacs-2023')).toHaveLength(103);
  });

  it("recovers every inspection's framework from its date and kind: first day on site for ILACS, publication for the SIF", () => {
    for (const inspection of inspections) {
      const sif = inspection.frameworkColumn === 'SIF';
      const date = sif ? inspection.publicationDate : inspection.inspectionDate;
      const inferred = frameworkForDate(date, { family: sif ? 'sif' : 'ilacs' });
      expect(inferred.ok && inferred.value.id, label(inspection)).toBe(inspection.outcome.framework);
    }
  });

  it('refuses to guess from a date alone while SIF and ILACS inspections ran side by side (2018)', () => {
    const overlap = inspections.filter(
      (i) => i.frameworkColumn === 'ILACS' && i.inspectionDate <= FRAMEWORKS['sif-2013'].inForce.until,
    );
    expect(overlap.length).toBeGreaterThan(10);
    for (const inspection of overlap) {
      const guessed = frameworkForDate(inspection.inspectionDate);
      expect(!guessed.ok && guessed.issues[0]?.code, label(inspection)).toBe('framework-ambiguous');
    }
    const sifAfterIlacsBegan = inspections.filter(
      (i) => i.frameworkColumn === 'SIF' && i.publicationDate >= FRAMEWORKS['ilacs-2018'].inForce.from,
    );
    expect(
      sifAfterIlacsBegan
        .map((i) => i.publicationDate)
        .sort()
        .at(-1),
    ).toBe('2018-08-24');
    const unambiguous = inspections.filter(
      (i) => i.frameworkColumn === 'ILACS' && i.inspectionDate > FRAMEWORKS['sif-2013'].inForce.until,
    );
    for (const inspection of unambiguous) {
      const inferred = frameworkForDate(inspection.inspectionDate);
      expect(inferred.ok && inferred.value.id, label(inspection)).toBe(inspection.outcome.framework);
    }
  });

  it("reads every label in Ofsted's verbatim ILACS sheet, and agrees with the normalised file", () => {
    const verbatim = loadVerbatimIlacsRows();
    expect(verbatim).toHaveLength(271);
    const byKey = new Map(inspections.map((i) => [`${i.laCode} ${i.inspectionDate}`, i]));
    const columns = {
      'Overall effectiveness': 'overall',
      'The impact of leaders on social work practice with children and families': 'leaders',
      'The experiences and progress of children who need help and protection': 'helpAndProtection',
    } as const;
    for (const row of verbatim) {
      const key = `${row['Local authority area code']} ${row['Inspection date']?.slice(0, 10)}`;
      const inspection = byKey.get(key);
      if (inspection === undefined) throw new Error(`${key} is in the verbatim sheet but not in inspections.csv`);
      for (const [column, id] of Object.entries(columns)) {
        const parsed = parseJudgement(row[column]);
        expect(parsed.ok && isJudgement(parsed.value), `${key} ${column}`).toBe(true);
        const recorded =
          id === 'overall'
            ? inspection.awardedOverall
            : (inspection.outcome.judgements as Readonly<Record<string, string>>)[id];
        expect(parsed.ok && parsed.value, `${key} ${column}`).toBe(recorded);
      }
    }
    const labels = new Set(verbatim.flatMap((row) => Object.values(row)));
    expect(labels.has('Requires improvement to be good')).toBe(true);
  });

  describe('the default rule: any inadequate area makes the whole service inadequate', () => {
    const withInadequateArea = inspections.filter((i) => hasInadequateKeyArea(i));
    const checks = inspections.map((i) => ({ inspection: i, check: checkAwardedOverall(i.outcome) }));

    it('agrees with Ofsted on every inspection with an inadequate area but four leaders-only departures', () => {
      const disagreements = withInadequateArea.filter(
        (i) => deriveOverallEffectiveness(i.outcome).grade !== i.awardedOverall,
      );
      expect(disagreements.map(label).sort()).toEqual([
        'Bournemouth 2018',
        'Doncaster 2022',
        'Herefordshire 2018',
        'Slough 2023',
      ]);
      expect(withInadequateArea).toHaveLength(79);
      expect(withInadequateArea.length - disagreements.length).toBe(75);
    });

    it('is exact for SIF: 40 of 40 inspections with an inadequate key judgement', () => {
      const sif = withInadequateArea.filter((i) => i.outcome.framework === 'sif-2013');
      expect(sif).toHaveLength(40);
      expect(sif.every((i) => i.awardedOverall === 'inadequate')).toBe(true);
    });

    it('reports exactly those four as departures, limited by leaders alone', () => {
      const departures = checks.filter(({ check }) => check.kind === 'departure');
      expect(departures.map(({ inspection }) => label(inspection)).sort()).toEqual([
        'Bournemouth 2018',
        'Doncaster 2022',
        'Herefordshire 2018',
        'Slough 2023',
      ]);
      for (const { check } of departures) {
        expect(check.kind === 'departure' && check.departure).toBe('limiting-area-not-applied');
        expect(check.kind === 'departure' && check.decidingAreas).toEqual(['leaders' satisfies AreaId]);
        expect(check.kind === 'departure' && check.awarded).toBe('requires-improvement');
      }
    });

    it('finds every other recorded outcome consistent, and never rewrites the awarded grade', () => {
      for (const { inspection, check } of checks) {
        if (check.kind === 'departure') continue;
        expect(check.kind, label(inspection)).toBe('consistent');
        expect(check.kind === 'consistent' && check.awarded).toBe(inspection.awardedOverall);
      }
    });
  });

  describe('the practice-areas rule', () => {
    const options = { limitingRule: 'inadequate-practice-area' } as const;

    it('agrees with Ofsted on the four leaders-only departures and on every inadequate practice area', () => {
      const leadersOnly = inspections.filter((i) =>
        ['Bournemouth 2018', 'Doncaster 2022', 'Herefordshire 2018', 'Slough 2023'].includes(label(i)),
      );
      expect(leadersOnly).toHaveLength(4);
      for (const inspection of leadersOnly) {
        expect(deriveOverallEffectiveness(inspection.outcome, options).grade).toBe(inspection.awardedOverall);
      }
      const practice = inspections.filter((i) => hasInadequateKeyArea(i, true));
      expect(practice.length).toBeGreaterThan(60);
      for (const inspection of practice) expect(inspection.awardedOverall, label(inspection)).toBe('inadequate');
    });

    it('departs from Ofsted only at Trafford 2019, where leaders alone was inadequate and overall was too', () => {
      const departures = inspections.filter((i) => checkAwardedOverall(i.outcome, options).kind === 'departure');
      expect(departures.map(label)).toEqual(['Trafford 2019']);
      for (const inspection of departures) {
        const check = checkAwardedOverall(inspection.outcome, options);
        expect(check.kind === 'departure' && check.departure).toBe('inadequate-without-limiting-area');
        expect(check.kind === 'departure' && check.decidingAreas).toEqual(['leaders']);
      }
    });
  });

  describe('the indicative grade, where no area is inadequate', () => {
    const others = inspections.filter((i) => !hasInadequateKeyArea(i));
    const matches = others.filter((i) => deriveOverallEffectiveness(i.outcome).grade === i.awardedOverall);

    it('agrees with Ofsted on at least 96% of them', () => {
      expect(others).toHaveLength(365);
      expect(matches.length / others.length).toBeGreaterThanOrEqual(0.96);
      // The figures docs/overall-effectiveness.md quotes.
      expect(matches).toHaveLength(355);
      const sif = others.filter((i) => i.frameworkColumn === 'SIF');
      expect([sif.length, sif.filter((i) => matches.includes(i)).length]).toEqual([133, 128]);
      const ilacs = others.filter((i) => i.frameworkColumn === 'ILACS');
      expect([ilacs.length, ilacs.filter((i) => matches.includes(i)).length]).toEqual([232, 227]);
    });

    it('lies, where it differs, within the range of the area grades, one step from the awarded grade', () => {
      for (const inspection of others.filter((i) => !matches.includes(i))) {
        const grades = FRAMEWORKS[inspection.outcome.framework].areas
          .filter((area) => area.role === 'key')
          .map((area) => (inspection.outcome.judgements as Readonly<Record<string, string>>)[area.id]);
        expect(grades, label(inspection)).toContain(inspection.awardedOverall);
        const derived = deriveOverallEffectiveness(inspection.outcome).grade;
        expect(derived && Math.abs(judgementRank(derived) - judgementRank(inspection.awardedOverall))).toBe(1);
      }
    });

    describe('ties: the rule that agrees best with Ofsted', () => {
      // Computed here from the area grades, apart from the library: the graded key areas'
      // ranks, sorted best first; a tie is an even count whose two middle grades differ.
      function middles(inspection: OfficialInspection): readonly [better: number, worse: number] {
        const judgements = inspection.outcome.judgements as Readonly<Record<string, string>>;
        const ranks = FRAMEWORKS[inspection.outcome.framework].areas
          .filter((area) => area.role === 'key' && isJudgement(judgements[area.id]))
          .map((area) => judgementRank(judgements[area.id] as Judgement))
          .sort((a, b) => a - b);
        return [ranks[(ranks.length - 1) >> 1] as number, ranks[ranks.length >> 1] as number];
      }
      /** The middle grade nearer an area's grade (never strictly between the two). */
      const towardsArea =
        (area: string) =>
        (inspection: OfficialInspection): number => {
          const [better, worse] = middles(inspection);
          const rank = judgementRank((inspection.outcome.judgements as Readonly<Record<string, Judgement>>)[area]!);
          return rank <= better ? better : worse;
        };
      const RULES: Readonly<Record<string, (inspection: OfficialInspection) => number>> = {
        leaders: towardsArea('leaders'),
        helpAndProtection: towardsArea('helpAndProtection'),
        worse: (inspection) => middles(inspection)[1],
        better: (inspection) => middles(inspection)[0],
      };
      const tied = others.filter((i) => {
        const [better, worse] = middles(i);
        return better !== worse;
      });
      const awardedRank = (i: OfficialInspection) => judgementRank(i.awardedOverall);
      const agreement = Object.fromEntries(
        Object.entries(RULES).map(([rule, pick]) => [
          rule,
          {
            tied: tied.filter((i) => pick(i) === awardedRank(i)).length,
            // On the untied inspections every rule gives the median.
            all: others.filter((i) => (tied.includes(i) ? pick(i) : middles(i)[0]) === awardedRank(i)).length,
          },
        ]),
      );

      it('finds the same ties as the library: 10, all ILACS 2023 (four areas); none under the SIF or ILACS 2018', () => {
        const flagged = others.filter((i) => {
          const derived = deriveOverallEffectiveness(i.outcome);
          return derived.kind === 'indicative' && derived.tie;
        });
        expect(flagged).toEqual(tied);
        const byFramework = (id: string) => tied.filter((i) => i.outcome.framework === id).length;
        expect([byFramework('sif-2013'), byFramework('ilacs-2018'), byFramework('ilacs-2023')]).toEqual([
          0,
          0,
          tied.length,
        ]);
        expect(tied).toHaveLength(10);
      });

      it("scores each rule on the tied inspections and on all 365: the leaders' grade agrees best", () => {
        expect(agreement).toEqual({
          leaders: { tied: 7, all: 355 },
          helpAndProtection: { tied: 6, all: 354 },
          worse: { tied: 5, all: 353 },
          better: { tied: 5, all: 353 },
        });
        const best = Math.max(...Object.values(agreement).map((a) => a.tied));
        expect(agreement.leaders?.tied).toBe(best);
        expect(best).toBeGreaterThan(agreement.worse?.tied as number);
      });

      it('is the default, and each option the library offers gives the rule computed here', () => {
        for (const inspection of tied) {
          const byDefault = deriveOverallEffectiveness(inspection.outcome);
          expect(byDefault.kind === 'indicative' && byDefault.tieBreak, label(inspection)).toBe('leaders');
          expect(explain(byDefault)).toMatch(/broken towards the leaders' grade, [a-z-]+\)\.$/);
          for (const tieBreak of ['leaders', 'worse', 'better'] as const) {
            const grade = deriveOverallEffectiveness(inspection.outcome, { tieBreak }).grade as Judgement;
            expect(judgementRank(grade), `${label(inspection)} ${tieBreak}`).toBe(RULES[tieBreak]?.(inspection));
          }
        }
      });

      it('gives the figures docs/overall-effectiveness.md prints', () => {
        const doc = readFileSync(
          fileURLToPath(new URL('../../docs/overall-effectiveness.md', import.meta.url)),
          'utf8',
        );
        const rows: Readonly<Record<string, string>> = {
          leaders: "`'leaders'`",
          helpAndProtection: 'help and protection',
          worse: "`'worse'`",
          better: "`'better'`",
        };
        for (const [rule, marker] of Object.entries(rows)) {
          const row = doc.split('\n').find((line) => line.startsWith(`| ${marker}`));
          const cells = row?.split('|').map((cell) => cell.trim());
          const figures = agreement[rule] as { tied: number; all: number };
          expect(cells?.[2], rule).toBe(`${figures.tied} of ${tied.length}`);
          expect(cells?.[3], rule).toBe(
            `${figures.all} of ${others.length} (${((100 * figures.all) / others.length).toFixed(1)}%)`,
          );
        }
      });
    });

    it('never calls them inadequate, and Ofsted never did', () => {
      for (const inspection of others) {
        expect(deriveOverallEffectiveness(inspection.outcome).grade).not.toBe('inadequate');
        expect(inspection.awardedOverall).not.toBe('inadequate');
      }
    });

    it('is marked indicative, with a reason, every time', () => {
      for (const inspection of others) {
        const derived = deriveOverallEffectiveness(inspection.outcome);
        expect(derived.kind).toBe('indicative');
        expect(explain(derived)).toMatch(/^Indicative .*, not Ofsted's judgement/);
      }
    });
  });
});
