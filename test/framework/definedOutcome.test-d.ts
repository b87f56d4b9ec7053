import { describe, expectTypeOf, it } from 'vitest';
import {
  type AreaOf,
  checkAwardedOverall,
  type DefinedFramework,
  type DefinedOutcome,
  type DefinedOverall,
  defineFramework,
  deriveOverallEffectiveness,
  type GradeOf,
} from '../../src/index.js';
// Not yet exported from the entry: imported from its module.
import type { DefinedOverallCheck } from '../../src/overall/checkAwardedOverall.js';
import { PEER_REVIEW_SCALE as threePoint } from '../support/definedFrameworks.js';

const peerReview = defineFramework({
  id: 'peer-review-2025',
  title: "Regional peer review of children's services",
  scale: threePoint,
  inForce: { from: '2025-01-01' },
  areas: [
    { id: 'leaders', title: 'Leadership', role: 'leadership' },
    { id: 'frontDoor', title: 'The front door', role: 'practice', required: true },
    { id: 'careLeavers', title: 'Care leavers', role: 'practice', required: false },
  ],
  overall: { awarded: true, limitingRule: { anyArea: 'weak', roles: ['practice'] } },
});
const audit = defineFramework({
  id: 'case-audit',
  title: 'Monthly case audit',
  scale: threePoint,
  inForce: { from: '2026-01-01' },
  areas: [
    { id: 'plan', title: 'The child has a plan', role: 'practice' },
    { id: 'voice', title: "The child's voice is heard", role: 'practice', required: false },
  ],
  overall: { awarded: false },
});
type PeerReview = typeof peerReview;
type Audit = typeof audit;
type Graded = 'strong' | 'adequate' | 'weak' | 'not-judged';

describe('defineFramework keeps what the outcome types need', () => {
  it('keeps each area literal required (true where left out) and the literal awarded', () => {
    expectTypeOf(peerReview.areas[0].required).toEqualTypeOf<true>();
    expectTypeOf(peerReview.areas[1].required).toEqualTypeOf<true>();
    expectTypeOf(peerReview.areas[2].required).toEqualTypeOf<false>();
    expectTypeOf(peerReview.overall.awarded).toEqualTypeOf<true>();
    expectTypeOf(audit.overall.awarded).toEqualTypeOf<false>();
    expectTypeOf<AreaOf<PeerReview>>().toEqualTypeOf<'leaders' | 'frontDoor' | 'careLeavers'>();
    expectTypeOf<GradeOf<PeerReview>>().toEqualTypeOf<'strong' | 'adequate' | 'weak'>();
  });

  it('is still a DefinedFramework, and a required that is only known as boolean stays boolean', () => {
    expectTypeOf(peerReview).toExtend<DefinedFramework>();
    const required: boolean = audit.areas.length > 1;
    const built = defineFramework({
      id: 'built',
      title: 'Built from data',
      scale: threePoint,
      inForce: { from: '2026-01-01' },
      areas: [{ id: 'plan', title: 'Plan', role: 'practice', required }],
      overall: { awarded: required },
    });
    expectTypeOf(built.areas[0].required).toEqualTypeOf<boolean>();
    expectTypeOf<DefinedOutcome<typeof built>['judgements']>().toEqualTypeOf<{ readonly plan?: Graded }>();
    expectTypeOf<NonNullable<DefinedOutcome<typeof built>['awardedOverall']>>().toEqualTypeOf<
      'strong' | 'adequate' | 'weak'
    >();
  });

  it('refuses an area field it does not have, and a limit or role not in the definition', () => {
    defineFramework({
      id: 'typo',
      title: 'Typo',
      scale: threePoint,
      inForce: { from: '2026-01-01' },
      // @ts-expect-error: requird is not a field of an area
      areas: [{ id: 'plan', title: 'Plan', role: 'practice', requird: false }],
      overall: { awarded: false },
    });
    defineFramework({
      id: 'limits',
      title: 'Limits',
      scale: threePoint,
      inForce: { from: '2026-01-01' },
      areas: [{ id: 'plan', title: 'Plan', role: 'practice' }],
      overall: {
        awarded: true,
        // @ts-expect-error: 'poor' is not on the scale, and 'leadership' is no area's role
        limitingRule: { anyArea: 'poor', roles: ['leadership'] },
      },
    });
  });
});

describe('DefinedOutcome', () => {
  it('makes required areas required keys of judgements, and optional ones optional', () => {
    expectTypeOf<DefinedOutcome<PeerReview>['judgements']>().toEqualTypeOf<{
      readonly leaders: Graded;
      readonly frontDoor: Graded;
      readonly careLeavers?: Graded;
    }>();
    const full: DefinedOutcome<PeerReview> = {
      framework: 'peer-review-2025',
      judgements: { leaders: 'strong', frontDoor: 'weak', careLeavers: 'not-judged' },
    };
    const withoutOptional: DefinedOutcome<PeerReview> = {
      framework: 'peer-review-2025',
      judgements: { leaders: 'strong', frontDoor: 'weak' },
    };
    const missingRequired: DefinedOutcome<PeerReview> = {
      framework: 'peer-review-2025',
      // @ts-expect-error: frontDoor is required
      judgements: { leaders: 'strong' },
    };
    const leftOutRequired: DefinedOutcome<PeerReview> = {
      framework: 'peer-review-2025',
      // @ts-expect-error: leaders is required too: left out of the definition's `required` means required
      judgements: { frontDoor: 'weak' },
    };
    const strayArea: DefinedOutcome<PeerReview> = {
      framework: 'peer-review-2025',
      // @ts-expect-error: help is not an area of the framework
      judgements: { leaders: 'strong', frontDoor: 'weak', help: 'weak' },
    };
    const offScale: DefinedOutcome<PeerReview> = {
      framework: 'peer-review-2025',
      // @ts-expect-error: 'good' is not on the framework's scale
      judgements: { leaders: 'good', frontDoor: 'weak' },
    };
    expectTypeOf([full, withoutOptional, missingRequired, leftOutRequired, strayArea, offScale]).not.toBeNever();
  });

  it('allows awardedOverall, on the scale, only where the framework awards an overall grade', () => {
    expectTypeOf<NonNullable<DefinedOutcome<PeerReview>['awardedOverall']>>().toEqualTypeOf<
      'strong' | 'adequate' | 'weak'
    >();
    expectTypeOf<DefinedOutcome<Audit>['awardedOverall']>().toEqualTypeOf<undefined>();
    const awarded: DefinedOutcome<PeerReview> = {
      framework: 'peer-review-2025',
      judgements: { leaders: 'strong', frontDoor: 'weak' },
      awardedOverall: 'weak',
    };
    const offScale: DefinedOutcome<PeerReview> = {
      framework: 'peer-review-2025',
      judgements: { leaders: 'strong', frontDoor: 'weak' },
      // @ts-expect-error: 'inadequate' is not on the framework's scale
      awardedOverall: 'inadequate',
    };
    const noOverall: DefinedOutcome<Audit> = {
      framework: 'case-audit',
      judgements: { plan: 'strong' },
      // @ts-expect-error: the case audit awards no overall grade
      awardedOverall: 'strong',
    };
    expectTypeOf([awarded, offScale, noOverall]).not.toBeNever();
  });

  it('under several frameworks is an outcome under one of them, told apart by framework', () => {
    const either: DefinedOutcome<PeerReview | Audit>[] = [
      { framework: 'case-audit', judgements: { plan: 'weak' } },
      {
        framework: 'peer-review-2025',
        judgements: { leaders: 'strong', frontDoor: 'adequate' },
        awardedOverall: 'adequate',
      },
      // @ts-expect-error: an audit outcome with a peer review's areas
      { framework: 'case-audit', judgements: { leaders: 'strong', frontDoor: 'adequate' } },
    ];
    expectTypeOf(either).not.toBeNever();
  });

  it('without a framework is any outcome: every area optional, any grade', () => {
    expectTypeOf<DefinedOutcome['framework']>().toEqualTypeOf<string>();
    const loose: DefinedOutcome = { framework: 'anything', judgements: {}, awardedOverall: 'any' };
    expectTypeOf(loose).not.toBeNever();
  });
});

describe('the doors that take frameworks', () => {
  it('type the outcome they take by the frameworks passed', () => {
    const derived = deriveOverallEffectiveness(
      { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'weak' } },
      { frameworks: [peerReview] },
    );
    expectTypeOf(derived).toEqualTypeOf<DefinedOverall<PeerReview>>();
    const check = checkAwardedOverall(
      { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'weak' }, awardedOverall: 'weak' },
      { frameworks: [peerReview] },
    );
    expectTypeOf(check).toEqualTypeOf<DefinedOverallCheck<PeerReview>>();
    if (check.kind === 'departure') {
      expectTypeOf(check.awarded).toEqualTypeOf<'strong' | 'adequate' | 'weak'>();
      expectTypeOf(check.decidingAreas).toEqualTypeOf<readonly ('leaders' | 'frontDoor' | 'careLeavers')[]>();
    }
    checkAwardedOverall(
      // @ts-expect-error: frontDoor is required
      { framework: 'peer-review-2025', judgements: { leaders: 'strong' }, awardedOverall: 'weak' },
      { frameworks: [peerReview] },
    );
    checkAwardedOverall(
      // @ts-expect-error: the case audit awards no overall grade
      { framework: 'case-audit', judgements: { plan: 'strong' }, awardedOverall: 'strong' },
      { frameworks: [audit] },
    );
  });
});
