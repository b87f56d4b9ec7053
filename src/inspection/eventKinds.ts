import type { InspectionEvent } from './inspectionEvent.js';

/**
 * What each kind of inspection event is, as data that every function reads: whether it
 * is a visit (days on site) and graded, the fields it has, and, for a DfE intervention,
 * the measure it starts or ends. A new kind is one more row.
 *
 * @internal
 */
export interface EventKind {
  readonly visit: boolean;
  /** Whether it carries an ILACS or SIF outcome (an area SEND inspection's outcome is not one). */
  readonly graded: boolean;
  /** The fields an event of this kind may have, beyond `kind`. */
  readonly fields: readonly string[];
  /** For an intervention: the measure, and whether the event starts or ends it. */
  readonly measure?: 'improvement-notice' | 'statutory-direction';
  readonly starts?: boolean;
  /** A measure this event replaces: a statutory direction supersedes an improvement notice in force. */
  readonly supersedes?: 'improvement-notice';
  /**
   * Whom a visit inspects, where not the council's children's services: an area SEND
   * visit inspects the local area partnership, and overlaps only other area SEND visits.
   */
  readonly remit?: 'area-send';
  /** Whether the visit is a monitoring visit, counted towards the cap from July 2025. */
  readonly monitoring?: boolean;
  /** Words for sentences. */
  readonly words: string;
}

const INTERVENTION = ['date', 'scope', 'legalBasis', 'note'] as const;
const GRADED = ['onSite', 'reportReceived', 'published', 'note', 'outcome', 'predecessor'] as const;

/** Every kind of event: the compiler checks that each kind of `InspectionEvent` has one row, and no other. @internal */
export const EVENT_KINDS: { readonly [K in InspectionEvent['kind']]: EventKind } = {
  'standard-inspection': {
    visit: true,
    graded: true,
    fields: GRADED,
    words: 'standard inspection',
  },
  'short-inspection': {
    visit: true,
    graded: true,
    fields: GRADED,
    words: 'short inspection',
  },
  'graded-inspection': {
    visit: true,
    graded: true,
    fields: GRADED,
    words: 'graded inspection',
  },
  'focused-visit': {
    visit: true,
    graded: false,
    fields: ['onSite', 'reportReceived', 'published', 'note', 'theme', 'areasForPriorityAction'],
    words: 'focused visit',
  },
  'monitoring-visit': {
    visit: true,
    graded: false,
    fields: ['onSite', 'reportReceived', 'published', 'note', 'sequence', 'theme', 'findings'],
    monitoring: true,
    words: 'monitoring visit',
  },
  'joint-targeted-area-inspection': {
    visit: true,
    graded: false,
    fields: ['onSite', 'reportReceived', 'published', 'note', 'theme', 'agencies'],
    words: 'joint targeted area inspection',
  },
  'area-send-inspection': {
    visit: true,
    graded: false,
    fields: ['onSite', 'reportReceived', 'published', 'note', 'outcome'],
    remit: 'area-send',
    words: 'area SEND inspection',
  },
  'area-send-monitoring': {
    visit: true,
    graded: false,
    fields: ['onSite', 'reportReceived', 'published', 'note'],
    remit: 'area-send',
    monitoring: true,
    words: 'area SEND monitoring inspection',
  },
  'improvement-notice-issued': {
    visit: false,
    graded: false,
    fields: INTERVENTION,
    measure: 'improvement-notice',
    starts: true,
    words: 'improvement notice issued',
  },
  'improvement-notice-lifted': {
    visit: false,
    graded: false,
    fields: INTERVENTION,
    measure: 'improvement-notice',
    starts: false,
    words: 'improvement notice lifted',
  },
  'statutory-direction-issued': {
    visit: false,
    graded: false,
    fields: INTERVENTION,
    measure: 'statutory-direction',
    starts: true,
    supersedes: 'improvement-notice',
    words: 'statutory direction issued',
  },
  'statutory-direction-revoked': {
    visit: false,
    graded: false,
    fields: INTERVENTION,
    measure: 'statutory-direction',
    starts: false,
    words: 'statutory direction revoked',
  },
};

/** What an event's kind is, or `undefined` for anything that is not an event of a known kind. @internal */
export function kindOf(event: unknown): EventKind | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  let kind: unknown;
  try {
    kind = (event as { kind?: unknown }).kind;
  } catch {
    return undefined; // a value whose reading throws is no event
  }
  return typeof kind === 'string' && Object.hasOwn(EVENT_KINDS, kind)
    ? EVENT_KINDS[kind as InspectionEvent['kind']]
    : undefined;
}
