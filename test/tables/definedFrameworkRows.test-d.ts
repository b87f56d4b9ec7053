import { describe, expectTypeOf, it } from 'vitest';
import { type DefinedOutcome, defineFramework, defineScale, type InspectionOutcome } from '../../src/index.js';
import { type InspectionRecord, readInspectionRows } from '../../src/tables/index.js';

const fivePoint = defineScale({
  id: 'five-point',
  grades: ['exceptional', 'strong', 'expected', 'needs-attention', 'urgent-improvement'],
  labels: {
    exceptional: 'Exceptional',
    strong: 'Strong',
    expected: 'Expected standard',
    'needs-attention': 'Needs attention',
    'urgent-improvement': 'Urgent improvement',
  },
});
const review = defineFramework({
  id: 'council-review',
  title: 'Council practice review',
  scale: fivePoint,
  inForce: { from: '2025-04-01' },
  areas: [{ id: 'safety', title: 'Keeping children safe', role: 'practice' }],
  overall: { awarded: true },
});
const columns = { authority: 'Council', start: 'First day', framework: 'council-review', areas: { safety: 'Safety' } };

describe('readInspectionRows types', () => {
  it('gives records under the built-in frameworks without frameworks of yours', () => {
    const [read] = readInspectionRows([], { columns: 'd2i-ilacs-scrape' });
    if (read?.ok) expectTypeOf(read.value).toEqualTypeOf<InspectionRecord>();
  });

  it('gives records under the built-in frameworks or yours, told apart by outcome.framework', () => {
    const [read] = readInspectionRows([], { columns, frameworks: [review] });
    if (read?.ok) {
      expectTypeOf(read.value).toEqualTypeOf<InspectionRecord<InspectionOutcome | DefinedOutcome<typeof review>>>();
      const { outcome } = read.value;
      if (outcome.framework === 'council-review') {
        expectTypeOf<NonNullable<typeof outcome.judgements.safety>>().toEqualTypeOf<
          'exceptional' | 'strong' | 'expected' | 'needs-attention' | 'urgent-improvement' | 'not-judged'
        >();
      }
    }
  });
});
