// A consumer's CommonJS require of every entry of the packed package.
const { deriveOverallEffectiveness } = require('ofsted-ilacs');
const { nationalCounts } = require('ofsted-ilacs/outcomes');
const { parseInspectionOutcome } = require('ofsted-ilacs/schema');
const { HULL_PLAN } = require('ofsted-ilacs/testing');
const { TABLE_PRESETS } = require('ofsted-ilacs/tables');
const { CHART_PALETTE } = require('ofsted-ilacs/charts');

const hull2019 = {
  framework: 'ilacs-2018',
  judgements: {
    leaders: 'requires-improvement',
    helpAndProtection: 'inadequate',
    childrenInCareAndCareLeavers: 'requires-improvement',
  },
};
const derived = deriveOverallEffectiveness(hull2019);
if (derived.grade !== 'inadequate' || !parseInspectionOutcome(hull2019).ok) throw new Error('CJS: wrong result');
if (nationalCounts().authorities !== 153 || HULL_PLAN.actions.length !== 9) throw new Error('CJS: wrong data');
if (!Object.isFrozen(TABLE_PRESETS['d2i-ilacs-scrape']) || !Object.isFrozen(CHART_PALETTE))
  throw new Error('CJS: not frozen');
console.log(`cjs ${process.version}: ${derived.kind} ${derived.grade}`);
