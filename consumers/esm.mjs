// A consumer's ESM import of every entry of the packed package.
import { deriveOverallEffectiveness, explain, FRAMEWORKS } from 'ofsted-ilacs';
import { judgementHistoryChart } from 'ofsted-ilacs/charts';
import { nationalCounts } from 'ofsted-ilacs/outcomes';
import { parseInspectionOutcome } from 'ofsted-ilacs/schema';
import { readInspectionRows } from 'ofsted-ilacs/tables';
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
const [row] = readInspectionRows(
  [{ LA: 'Hull', Start: '2019-01-14', Kind: 'standard', Leaders: 'RI', HP: 'inadequate', CiC: 'RI' }],
  {
    columns: {
      authority: 'LA',
      start: 'Start',
      kind: 'Kind',
      leaders: 'Leaders',
      helpAndProtection: 'HP',
      inCare: 'CiC',
    },
  },
);
if (!row?.ok || row.value.authority.official?.code !== 'E06000010') throw new Error('ESM: tables misread');
const history = {
  authority: { name: 'Hull' },
  events: [{ kind: 'standard-inspection', onSite: { start: '2019-01-14', end: '2019-01-25' }, outcome: hull2019 }],
};
if (!judgementHistoryChart(history).startsWith('<svg')) throw new Error('ESM: no chart');
console.log(`esm ${process.version}: ${explain(derived)}`);
