import { defineFramework, defineScale } from '../../src/index.js';

/**
 * The scales and frameworks of a caller's own that the tests of the `frameworks` option
 * share: five points, as schools' report cards have had since November 2025, and the
 * three-point peer review of the issue that asked for defined frameworks.
 */

/** Five points, best first, as schools' report cards have had since November 2025. */
export const REPORT_CARD_SCALE = defineScale({
  id: 'report-card-5',
  grades: ['exceptional', 'strong', 'expected', 'needs-attention', 'urgent-improvement'],
  labels: {
    exceptional: 'Exceptional',
    strong: 'Strong standard',
    expected: 'Expected standard',
    'needs-attention': 'Needs attention',
    'urgent-improvement': 'Urgent improvement',
  },
});

/** Three points, best first, for a regional peer review. */
export const PEER_REVIEW_SCALE = defineScale({
  id: 'peer-review-3',
  grades: ['strong', 'adequate', 'weak'],
  labels: { strong: 'Strong', adequate: 'Adequate', weak: 'Weak' },
});

/** The peer review the issue defines: a weak practice area limits overall; care leavers optional. */
export const PEER_REVIEW = defineFramework({
  id: 'peer-review-2025',
  title: "Regional peer review of children's services",
  scale: PEER_REVIEW_SCALE,
  inForce: { from: '2025-01-01' },
  areas: [
    { id: 'leaders', title: 'Leadership', role: 'leadership' },
    { id: 'frontDoor', title: 'The front door', role: 'practice' },
    { id: 'careLeavers', title: 'Care leavers', role: 'practice', required: false },
  ],
  overall: { awarded: true, limitingRule: { anyArea: 'weak', roles: ['practice'] }, indicative: 'median' },
});

/** A sketch of a framework after ILACS, on five points: three required areas and one optional, in force 2027 to 2030. */
export const CFS_2027_SKETCH = defineFramework({
  id: 'cfs-2027',
  title: 'Children and families services (a sketch)',
  scale: REPORT_CARD_SCALE,
  inForce: { from: '2027-01-01', until: '2030-12-31' },
  areas: [
    { id: 'leaders', title: 'Leaders', role: 'leadership' },
    { id: 'help', title: 'Help and protection', role: 'practice' },
    { id: 'inCare', title: 'Children in care', role: 'practice' },
    { id: 'careLeavers', title: 'Care leavers', role: 'practice', required: false },
  ],
  overall: { awarded: true, limitingRule: { anyArea: 'needs-attention', roles: ['practice'] } },
});

/** A council's monthly case audit on the three points: one practice area, no overall grade. */
export const CASE_AUDIT = defineFramework({
  id: 'case-audit',
  title: 'The monthly case audit',
  scale: PEER_REVIEW_SCALE,
  inForce: { from: '2026-01-01' },
  areas: [{ id: 'plan', title: 'The child has a plan', role: 'practice' }],
  overall: { awarded: false },
});
