import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  createImprovementPlan,
  createInspectionHistory,
  findActionIssues,
  findOutcomeIssues,
  type ImprovementAction,
  type InspectionOutcome,
  type Result,
  startAction,
} from '../../src/index.js';
import {
  parseImprovementAction,
  parseImprovementPlan,
  parseInspectionHistory,
  parseInspectionOutcome,
} from '../../src/schema/index.js';
import {
  arbitraryImprovementAction,
  arbitraryImprovementPlan,
  arbitraryInspectionHistory,
  arbitraryOutcome,
  HULL_HISTORY,
  HULL_PLAN,
} from '../../src/testing/index.js';

/**
 * The doors that check by hand (the core's create, find and lifecycle functions) and the
 * doors that check by schema (the parse functions) read a value once, into the library's
 * own copy, so they accept and refuse the same things whatever the value is made of: a
 * list with a hole or an iterator of its own, an object whose fields are inherited, a
 * getter that answers once and then throws, an object behind a proxy. These properties
 * put one such thing at a random place in a valid document and ask both kinds of door.
 */

type Hostile = 'hole' | 'foreign-iterator' | 'inherited' | 'getter-once' | 'proxy';

/** The kinds that make any document invalid, wherever they stand. */
const REFUSED: readonly Hostile[] = ['hole', 'foreign-iterator', 'inherited'];

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** A place in a document: the object or list holding a value, and its key there. */
interface Place {
  readonly holder: Record<string | number, unknown>;
  readonly key: string | number;
  readonly value: object;
}

/** Every object and list in a document, below its root, with where each stands. */
function placesIn(value: unknown, found: Place[] = []): Place[] {
  if (typeof value !== 'object' || value === null) return found;
  const holder = value as Record<string | number, unknown>;
  for (const key of Object.keys(holder)) {
    const child = holder[key];
    if (typeof child === 'object' && child !== null) {
      found.push({ holder, key: Array.isArray(holder) ? Number(key) : key, value: child });
      placesIn(child, found);
    }
  }
  return found;
}

/** A getter that answers with `value` once, then throws. */
function answersOnce(holder: object, key: string | number, value: unknown): void {
  let read = false;
  Object.defineProperty(holder, key, {
    enumerable: true,
    configurable: true,
    get() {
      if (read) throw new Error('read twice');
      read = true;
      return value;
    },
  });
}

/**
 * A fresh copy of a valid document with one hostile thing at the place `pick` chooses,
 * or `undefined` where the document has no place for it (no list with an item, no object
 * with a field).
 */
function withHostile(document: unknown, kind: Hostile, pick: number): unknown {
  const copy = json(document);
  const places = placesIn(copy).filter(({ value }) =>
    kind === 'hole' || kind === 'foreign-iterator'
      ? Array.isArray(value) && value.length > 0
      : kind === 'inherited'
        ? !Array.isArray(value) && Object.keys(value).length > 0
        : true,
  );
  if (places.length === 0) return undefined;
  const { holder, key, value } = places[pick % places.length] as Place;
  switch (kind) {
    case 'hole':
      delete (value as unknown[])[pick % (value as unknown[]).length];
      break;
    case 'foreign-iterator': {
      const items = [...(value as unknown[])];
      Object.defineProperty(value, Symbol.iterator, { value: () => items.slice(1)[Symbol.iterator]() });
      break;
    }
    case 'inherited':
      holder[key] = Object.create({ ...value });
      break;
    case 'getter-once':
      answersOnce(holder, key, value);
      break;
    case 'proxy':
      holder[key] = new Proxy(value, {});
      break;
  }
  return copy;
}

const hostile = fc.constantFrom<Hostile>('hole', 'foreign-iterator', 'inherited', 'getter-once', 'proxy');

/**
 * Asks two doors about the same hostile document, each on its own fresh copy (a getter
 * that answers once answers each door once): both refuse where the hostile thing makes
 * the document invalid, and both answer as for the plain document otherwise.
 */
function agree(document: unknown, kind: Hostile, pick: number, doors: readonly ((value: never) => boolean)[]): boolean {
  if (withHostile(document, kind, pick) === undefined) return false;
  const plain = doors.map((door) => door(json(document) as never));
  const answers = doors.map((door) => door(withHostile(document, kind, pick) as never));
  const expected = REFUSED.includes(kind) ? doors.map(() => false) : plain;
  expect({ kind, answers }).toEqual({ kind, answers: expected });
  return true;
}

const ok = (result: Result<unknown>): boolean => result.ok;

describe('the core doors and the parse doors agree on hostile input', () => {
  it('outcomes: findOutcomeIssues and parseInspectionOutcome', () => {
    let tried = 0;
    fc.assert(
      fc.property(arbitraryOutcome(), hostile, fc.nat(), (outcome, kind, pick) => {
        const doors = [
          (value: InspectionOutcome) => findOutcomeIssues(value).length === 0,
          (value: unknown) => ok(parseInspectionOutcome(value)),
        ];
        if (agree(outcome, kind, pick, doors)) tried += 1;
      }),
      { numRuns: 300 },
    );
    expect(tried).toBeGreaterThan(100);
  }, 120_000);

  it('actions: findActionIssues, parseImprovementAction and a lifecycle function', () => {
    let tried = 0;
    const context = { on: calendarDate('2030-01-02'), by: 'Head of service' };
    fc.assert(
      fc.property(arbitraryImprovementAction(), hostile, fc.nat(), (action, kind, pick) => {
        const doors = [
          (value: ImprovementAction) => findActionIssues(value).length === 0,
          (value: unknown) => ok(parseImprovementAction(value)),
        ];
        if (agree(action, kind, pick, doors)) tried += 1;
        // The lifecycle refuses what the parser refuses, and otherwise answers as for the plain action.
        const broken = withHostile(action, kind, pick) as ImprovementAction | undefined;
        if (broken === undefined) return;
        const started = startAction(broken, context);
        const plain = startAction(json(action), context);
        expect(started.ok).toBe(REFUSED.includes(kind) ? false : plain.ok);
      }),
      { numRuns: 300 },
    );
    expect(tried).toBeGreaterThan(100);
  }, 120_000);

  it('histories: createInspectionHistory and parseInspectionHistory', () => {
    let tried = 0;
    const history = fc.oneof(arbitraryInspectionHistory({ maxEvents: 6 }), fc.constant(HULL_HISTORY));
    fc.assert(
      fc.property(history, hostile, fc.nat(), (given, kind, pick) => {
        // The core takes the authority and the events apart; the hostile thing goes inside either.
        const doors = [
          (value: { authority: never; events: never }) => {
            const { authority, events } = value;
            return ok(createInspectionHistory(authority, events));
          },
          (value: unknown) => ok(parseInspectionHistory(value)),
        ];
        if (agree(given, kind, pick === 0 ? 1 : pick, doors)) tried += 1;
      }),
      { numRuns: 200 },
    );
    expect(tried).toBeGreaterThan(50);
  }, 120_000);

  it('plans: createImprovementPlan and parseImprovementPlan', () => {
    let tried = 0;
    const plan = fc.oneof(arbitraryImprovementPlan({ maxActions: 3 }), fc.constant(HULL_PLAN));
    fc.assert(
      fc.property(plan, hostile, fc.nat(), (given, kind, pick) => {
        const doors = [
          (value: never) => ok(createImprovementPlan(value)),
          (value: unknown) => ok(parseImprovementPlan(value)),
        ];
        if (agree(given, kind, pick, doors)) tried += 1;
      }),
      { numRuns: 200 },
    );
    expect(tried).toBeGreaterThan(50);
  }, 120_000);
});
