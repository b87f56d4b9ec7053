import type { FrameworkFamily, LimitingRule } from './framework.js';
import { FRAMEWORK_STRUCTURE } from './frameworkStructure.js';

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
  /** For a key area, 5 to the power of its place among the key areas; 0 for the others. */
  readonly weight: number;
  /** Whether an inadequate grade here limits overall, under each rule (by {@link RULE_INDEX}). */
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
  readonly byId: ReadonlyMap<string, CompiledArea>;
  /** The key areas, in report order. */
  readonly keyAreas: readonly CompiledArea[];
  readonly requiredCount: number;
}

/** The index of each limiting rule in {@link CompiledArea.limits}. @internal */
export const RULE_INDEX: Readonly<Record<LimitingRule, 0 | 1>> = {
  'any-inadequate-area': 0,
  'inadequate-practice-area': 1,
};

function compile(): CompiledFramework[] {
  return Object.values(FRAMEWORK_STRUCTURE).map((framework, index) => {
    let weight = 1;
    const areas = framework.areas.map((area): CompiledArea => {
      const limits = area.limits as readonly LimitingRule[];
      const compiled = {
        id: area.id,
        shortTitle: area.shortTitle,
        required: area.required,
        weight: area.role === 'key' ? weight : 0,
        limits: [limits.includes('any-inadequate-area'), limits.includes('inadequate-practice-area')] as const,
      };
      if (area.role === 'key') weight *= 5;
      return compiled;
    });
    return {
      index,
      id: framework.id,
      name: framework.name,
      family: framework.family,
      from: framework.inForce.from,
      until: (framework.inForce as { until?: string }).until,
      hasOverallEffectiveness: framework.hasOverallEffectiveness,
      areas,
      areaIds: areas.map((area) => area.id),
      byId: new Map(areas.map((area) => [area.id, area])),
      keyAreas: areas.filter((area) => area.weight > 0),
      requiredCount: areas.filter((area) => area.required).length,
    };
  });
}

/** Every built-in framework, compiled, in `FRAMEWORK_IDS` order. @internal */
export const COMPILED_FRAMEWORKS: readonly CompiledFramework[] = /* @__PURE__ */ compile();

/** The compiled frameworks by id. @internal */
export const COMPILED_BY_ID: ReadonlyMap<unknown, CompiledFramework> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ COMPILED_FRAMEWORKS.map((framework) => [framework.id, framework]),
);

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
