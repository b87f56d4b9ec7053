import type { OfficialAuthority } from '../outcomes/authorities.js';
import { type Issue, issue, type Result } from '../result/result.js';
import type { Cell, CellProblem, Readings } from './cells.js';
import type { TableFormat } from './columns.js';
import type { FixedFramework } from './fixedFramework.js';
import type { TableSource } from './rowsOptions.js';

/**
 * What the reading of one table shares across its rows: its format, the framework its
 * column map fixes (if it does), the source each record names, and what is read once a
 * call (authorities by query, cells' texts).
 *
 * @internal
 */
export interface TableReading {
  readonly format: TableFormat;
  readonly fixed?: FixedFramework;
  readonly source: TableSource;
  /** Each authority looked up, by the query that found it (or did not). */
  readonly authorities: Map<string, Result<OfficialAuthority>>;
  readonly readings: Readings;
}

/**
 * One row being read (the reader's own copy of it): its cells, and the issues and
 * warnings found so far, each placed at `[index, column]`. The readers of a row's
 * authority, kind and framework, dates and grades work through it.
 *
 * @internal
 */
export class RowReader {
  readonly issues: Issue[] = [];
  readonly warnings: Issue[] = [];
  /** The columns refused so far, so that a needed one is not also called missing. */
  private readonly refused = new Set<string>();
  constructor(
    private readonly row: Readonly<Record<string, unknown>>,
    readonly index: number,
    readonly table: TableReading,
  ) {}

  get format(): TableFormat {
    return this.table.format;
  }

  /** Places a problem at its column; returns the value, or `undefined` after a problem. */
  take<T>(column: string, cell: Cell<T>): T | undefined {
    if (cell.ok) return cell.value;
    this.refuse(column, cell);
    return undefined;
  }

  refuse(column: string, problem: Pick<CellProblem, 'code' | 'message' | 'params'>): void {
    this.refused.add(column);
    this.issues.push(issue([this.index, column], problem.code, problem.message, problem.params));
  }

  warn(column: string, problem: Pick<CellProblem, 'code' | 'message' | 'params'>): void {
    this.warnings.push(issue([this.index, column], problem.code, problem.message, problem.params));
  }

  /** Whether any of the columns (those mapped) has been refused. */
  refusedAny(columns: readonly (string | undefined)[]): boolean {
    return columns.some((column) => column !== undefined && this.refused.has(column));
  }

  cell(column: string): unknown {
    return Object.hasOwn(this.row, column) ? this.row[column] : undefined;
  }

  /** A needed column: a problem when the row lacks it or it is blank. */
  needed<T>(column: string, value: T | undefined, what: string): T | undefined {
    if (value !== undefined || this.refused.has(column)) return value;
    const absent = !Object.hasOwn(this.row, column);
    this.refuse(column, {
      code: 'missing',
      message: absent
        ? `The row has no "${column}" column: check the table's header (${this.format.source}).`
        : `${column} is blank: expected ${what}.`,
      params: { field: column, rule: absent ? 'no-column' : 'blank' },
    });
    return undefined;
  }
}
