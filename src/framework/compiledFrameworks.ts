import { JUDGEMENTS } from '../judgement/judgement.js';
import type { FrameworkFamily, LimitingRule } from './framework.js';
import { FRAMEWORK_STRUCTURE, isKeyRole, rulesCounting } from './frameworkStructure.js';

/**
 * Plain lookup tables built once from the frameworks' structure, for the functions that
 * check and rate outcomes on every call: a map from area id to what the area is, and the
 * counts a valid outcome must meet. Plain (not frozen) arrays and maps, because V8
 * iterates frozen arrays several times more slowly.
 *
 * @internal
 */
export interface CompiledArea {
  readonly id: string;
  readonly shortTitle: string;
  readonly required: boolean;
  /** Its place among the framework's areas, in report order. */
  readonly position: number;
  /** Whether it is a key area, one the overall judgement is read from. */
  readonly key: boolean;
  /**
   * Where its digit sits in an outcome's code: a power of 7, the key areas' lowest (7, 49,
   * and so on, in report order, above the overall's at 1), then the others'.
   */
  readonly place: number;
  /** Whether the limiting grade here limits overall, under each rule (by {@link RULE_INDEX}). */
  readonly limits: readonly [anyArea: boolean, practiceArea: boolean];
}

/** @internal */
export interface CompiledFramework {
  /** Its place in {@link COMPILED_FRAMEWORKS}. */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly family: FrameworkFamily;
  readonly from: string;
  readonly until: string | undefined;
  readonly hasOverallEffectiveness: boolean;
  readonly areas: readonly CompiledArea[];
  readonly areaIds: readonly string[];
  /** The areas by id: a plain table without a prototype, so any key can be looked up. */
  readonly byId: Readonly<Record<string, CompiledArea | undefined>>;
  /** The key areas, in report order. */
  readonly keyAreas: readonly CompiledArea[];
  /** 7 to the power of the number of key areas: the key areas' digits, less the overall's, are below it. */
  readonly keySpan: number;
  readonly requiredCount: number;
  /** The rank on the scale (0 best) from which an area a rule counts limits, under each rule (by {@link RULE_INDEX}). */
  readonly limitingRanks: readonly [anyArea: number, practiceArea: number];
  /** How the median breaks a tie where the caller names no rule. */
  readonly tieBreak: 'leaders' | 'worse' | 'better';
}

/** The index of each limiting rule in {@link CompiledArea.limits}. @internal */
export const RULE_INDEX: Readonly<Record<LimitingRule, 0 | 1>> = {
  'any-inadequate-area': 0,
  'inadequate-practice-area': 1,
};

function compile(): CompiledFramework[] {
  return Object.values(FRAMEWORK_STRUCTURE).map((framework, index) => {
    const keyCount = framework.areas.filter((area) => isKeyRole(framework, area.role)).length;
    let keys = 0;
    let others = 0;
    const ruleAt = (rule: LimitingRule) =>
      framework.overall.limitingRules.find((each) => each.id === rule) as { readonly anyArea: string };
    const areas = framework.areas.map((area, position): CompiledArea => {
      const key = isKeyRole(framework, area.role);
      const counted = rulesCounting(framework, area.role).map((rule) => rule.id as LimitingRule);
      return {
        id: area.id,
        shortTitle: area.shortTitle,
        required: area.required,
        position,
        key,
        place: 7 ** (key ? ++keys : keyCount + ++others),
        limits: [counted.includes('any-inadequate-area'), counted.includes('inadequate-practice-area')] as const,
      };
    });
    return {
      index,
      id: framework.id,
      name: framework.name,
      family: framework.family,
      from: framework.inForce.from,
      until: (framework.inForce as { until?: string }).until,
      hasOverallEffectiveness: framework.overall.awarded,
      areas,
      areaIds: areas.map((area) => area.id),
      byId: tableOf(areas),
      keyAreas: areas.filter((area) => area.key),
      keySpan: 7 ** keyCount,
      requiredCount: areas.filter((area) => area.required).length,
      limitingRanks: [
        (JUDGEMENTS as readonly string[]).indexOf(ruleAt('any-inadequate-area').anyArea),
        (JUDGEMENTS as readonly string[]).indexOf(ruleAt('inadequate-practice-area').anyArea),
      ] as const,
      tieBreak: framework.overall.tieBreak,
    };
  });
}

/** Every built-in framework, compiled, in `FRAMEWORK_IDS` order. @internal */
export const COMPILED_FRAMEWORKS: readonly CompiledFramework[] = /* @__PURE__ */ compile();

/** A plain table without a prototype, by id: quicker to read than a `Map`, and no key reaches `Object.prototype`. */
function tableOf<T extends { readonly id: string }>(items: readonly T[]): Readonly<Record<string, T | undefined>> {
  const table: Record<string, T> = Object.create(null);
  for (const item of items) table[item.id] = item;
  return table;
}

const BY_ID = /* @__PURE__ */ tableOf(COMPILED_FRAMEWORKS);

/** The compiled framework with an id, or `undefined` for any other value. @internal */
export function compiledFramework(id: unknown): CompiledFramework | undefined {
  return typeof id === 'string' ? BY_ID[id] : undefined;
}

/**
 * The area ids of the frameworks in use on a date (of one family, if given), or of one
 * framework, if given.
 *
 * @internal
 */
export function areasInUse(date: string, family?: FrameworkFamily, framework?: string): ReadonlySet<string> {
  const areas = new Set<string>();
  for (const compiled of COMPILED_FRAMEWORKS) {
    const applies =
      framework !== undefined
        ? compiled.id === framework
        : compiled.from <= date &&
          (compiled.until === undefined || date <= compiled.until) &&
          (family === undefined || compiled.family === family);
    if (applies) for (const id of compiled.areaIds) areas.add(id);
  }
  return areas;
}
