/** A label to place near its mark: where the mark is across the plot, and the label's width. @internal */
export interface MarkLabel {
  readonly at: number;
  readonly width: number;
}

/** Where a label goes: the x of its centre, and which of the lines it is on (0: the first). @internal */
export interface LabelPlace {
  readonly x: number;
  readonly line: number;
}

/** The span across which labels are placed. @internal */
export interface Span {
  readonly left: number;
  readonly right: number;
}

/**
 * Places labels of marks on `lines` lines, each near its mark, never overlapping on its
 * line, within a span.
 *
 * @internal
 */
export function placeLabels(marks: readonly MarkLabel[], { left, right }: Span, lines: number): LabelPlace[] {
  const ends = new Array<number>(lines).fill(Number.NEGATIVE_INFINITY);
  return marks.map(({ at, width }) => {
    const x = Math.min(Math.max(at, left + width / 2), right - width / 2);
    const free = ends.findIndex((end) => x - width / 2 >= end + 3);
    const line = free >= 0 ? free : ends.indexOf(Math.min(...ends));
    // Where every line is taken, the label moves right of the last one, in order.
    const placedX = Math.min(Math.max(x, (ends[line] as number) + 3 + width / 2), right - width / 2);
    ends[line] = placedX + width / 2;
    return { x: placedX, line };
  });
}
