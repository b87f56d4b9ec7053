/** The median of a few timed rounds, in milliseconds. Benchmarks report; they never fail on speed. */
export function medianMs(run: () => unknown, rounds = 7): number {
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)] as number;
}
