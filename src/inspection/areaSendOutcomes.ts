import type { CalendarDate } from '../calendar/calendarDate.js';
import { defineScale, type Scale } from '../defined/defineScale.js';
import { deepFreeze } from '../internal/deepFreeze.js';

/** The three outcomes of an area SEND inspection, best first. @internal */
export const AREA_SEND_GRADES = ['positive', 'inconsistent', 'widespread-failings'] as const;

/**
 * The outcome of an area SEND inspection of a local area partnership (the council and the
 * NHS integrated care board), by Ofsted and CQC since January 2023: one of three, best
 * first. Since June 2025 Ofsted calls them outcomes, not judgements. Their words are
 * {@link AREA_SEND_OUTCOMES}' labels.
 *
 * @example
 * ```ts
 * import type { AreaSendOutcome } from 'ofsted-ilacs';
 *
 * const worst: AreaSendOutcome = 'widespread-failings';
 * console.log(worst);
 * ```
 *
 * @category Inspection timeline
 */
export type AreaSendOutcome = 'positive' | 'inconsistent' | 'widespread-failings';

/**
 * The three outcomes of an area SEND inspection (the framework of Ofsted and CQC from
 * January 2023) as a scale: best first, each labelled in Ofsted's words as they stand in
 * 2025, when Ofsted began calling them outcomes rather than judgements. Made with
 * {@link defineScale}, so it is checked and frozen like a scale of your own. The outcomes
 * are not grades of the four-point scale: no function of the library turns one into the
 * other.
 *
 * @example
 * ```ts
 * import { AREA_SEND_OUTCOMES } from 'ofsted-ilacs';
 *
 * console.log(AREA_SEND_OUTCOMES.id); // 'area-send-2023'
 * console.log(AREA_SEND_OUTCOMES.grades); // ['positive', 'inconsistent', 'widespread-failings']
 * console.log(AREA_SEND_OUTCOMES.labels.inconsistent);
 * // "The local area partnership's SEND arrangements lead to inconsistent experiences and outcomes for children and young people with SEND"
 * ```
 *
 * @category Inspection timeline
 */
export const AREA_SEND_OUTCOMES: Scale<'area-send-2023', AreaSendOutcome> = /* @__PURE__ */ defineScale({
  id: 'area-send-2023',
  grades: AREA_SEND_GRADES,
  labels: {
    positive:
      "The local area partnership's SEND arrangements typically lead to positive experiences and outcomes for children and young people with SEND",
    inconsistent:
      "The local area partnership's SEND arrangements lead to inconsistent experiences and outcomes for children and young people with SEND",
    'widespread-failings':
      'There are widespread and/or systemic failings leading to significant concerns about the experiences and outcomes of children and young people with SEND',
  },
});

/**
 * The id of a fact about area SEND inspections in {@link AREA_SEND_SOURCES}.
 *
 * @example
 * ```ts
 * import type { AreaSendFactId } from 'ofsted-ilacs';
 *
 * const id: AreaSendFactId = 'monitoring-cap';
 * console.log(id);
 * ```
 *
 * @category Inspection timeline
 */
export type AreaSendFactId =
  | 'framework-from'
  | 'outcomes'
  | 'called-outcomes'
  | 'after-widespread-failings'
  | 'after-inconsistent'
  | 'after-positive'
  | 'monitoring-paused'
  | 'monitoring-cap';

/**
 * One fact the library's area SEND data rests on: what it says, where it was read, and
 * whether it was read in the source itself (`confirmed`).
 *
 * @example
 * ```ts
 * import { AREA_SEND_SOURCES, type AreaSendSource } from 'ofsted-ilacs';
 *
 * const cap: AreaSendSource | undefined = AREA_SEND_SOURCES.find((source) => source.id === 'monitoring-cap');
 * console.log(cap?.confirmed); // false
 * ```
 *
 * @category Inspection timeline
 */
export interface AreaSendSource {
  readonly id: AreaSendFactId;
  readonly fact: string;
  readonly source: string;
  /** Whether the fact was read in the source itself, not second-hand. */
  readonly confirmed: boolean;
}

/**
 * What the library knows of area SEND inspections, each fact with its source. None was
 * read in Ofsted's own framework or handbook: every one is second-hand
 * (`confirmed: false`), and the days the library counts from (1 January 2023, 1 July
 * 2025) are its assumptions where the sources give only the month. Frozen.
 *
 * @example
 * ```ts
 * import { AREA_SEND_SOURCES } from 'ofsted-ilacs';
 *
 * for (const { id, confirmed } of AREA_SEND_SOURCES) console.log(id, confirmed);
 * // framework-from false
 * // outcomes false
 * // … one line for each fact
 * ```
 *
 * @category Inspection timeline
 */
export const AREA_SEND_SOURCES: readonly AreaSendSource[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'framework-from',
    fact: 'Area SEND inspections of the local area partnership, by Ofsted and CQC with three outcomes, began in January 2023. The library takes 1 January 2023 as the first day: an assumption, as the sources give the month.',
    source: 'Ofsted and CQC, area SEND inspection framework, read second-hand',
    confirmed: false,
  },
  {
    id: 'outcomes',
    fact: 'An area SEND inspection ends in one of three outcomes: typically positive experiences and outcomes; inconsistent experiences and outcomes; widespread and/or systemic failings leading to significant concerns.',
    source: 'Ofsted and CQC, area SEND inspection framework, read second-hand',
    confirmed: false,
  },
  {
    id: 'called-outcomes',
    fact: 'Since June 2025 Ofsted calls them outcomes rather than judgements.',
    source: "Ofsted's summary of changes to area SEND inspections, 2025, read second-hand",
    confirmed: false,
  },
  {
    id: 'after-widespread-failings',
    fact: 'After widespread and/or systemic failings the partnership prepares a priority action plan; a monitoring inspection usually follows within about 18 months, and a full inspection within about three years.',
    source: 'Tes, January 2024, read second-hand',
    confirmed: false,
  },
  {
    id: 'after-inconsistent',
    fact: 'After inconsistent experiences and outcomes, a full inspection usually follows within about three years.',
    source: 'Tes, January 2024, read second-hand',
    confirmed: false,
  },
  {
    id: 'after-positive',
    fact: 'After typically positive experiences and outcomes, a full inspection usually follows within about five years.',
    source: 'Tes, January 2024, read second-hand',
    confirmed: false,
  },
  {
    id: 'monitoring-paused',
    fact: 'Ofsted paused area SEND monitoring inspections for a while during a review of the inspections.',
    source: 'Tes, read second-hand',
    confirmed: false,
  },
  {
    id: 'monitoring-cap',
    fact: 'From July 2025 Ofsted makes at most three monitoring visits to a council in twelve months, across area SEND and ILACS together. The library takes 1 July 2025 as the first day: an assumption, as the source gives the month.',
    source: "Ofsted's summary of changes to area SEND inspections, 2025, read second-hand",
    confirmed: false,
  },
]);

/** The first day of the area SEND framework of January 2023, as the library assumes it. @internal */
export const AREA_SEND_FROM = '2023-01-01' as CalendarDate;

/** The fact with an id. @internal */
export function areaSendFact(id: AreaSendFactId): AreaSendSource {
  return AREA_SEND_SOURCES.find((source) => source.id === id) as AreaSendSource;
}
