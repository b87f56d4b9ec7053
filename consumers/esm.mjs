// A consumer's ESM import of every entry of the packed package.
import { deriveOverallEffectiveness, FRAMEWORKS } from 'ofsted-ilacs';
import { nationalCounts } from 'ofsted-ilacs/outcomes';
import { parseInspectionOutcome } from 'ofsted-ilacs/schema';
import { arbitraryOutcome, HULL_PLAN } from 'ofsted-ilacs/testing';

const hull2019 = {
  framework: 'ilacs-2018',
  judgements: {
    leaders: 'requires-improvement',
    helpAndProtection: 'inadequate',
    childrenInCareAndCareLeavers: 'requires-improvement',
  },
};
const derived = deriveOverallEffectiveness(hull2019);
if (derived.grade !== 'inadequate' || !parseInspectionOutcome(hull2019).ok) throw new Error('ESM: wrong result');
if (!Object.isFrozen(FRAMEWORKS) || nationalCounts().authorities !== 153 || HULL_PLAN.actions.length !== 9)
  throw new Error('ESM: wrong data');
if (typeof arbitraryOutcome !== 'function') throw new Error('ESM: no arbitraries');
console.log(`esm ${process.version}: ${derived.reason}`);
