import { describe, expect, it } from 'vitest';

describe('the time zone of this run', () => {
  it('is the one the project set, so a rerun under another zone really runs there', () => {
    const expected = process.env.TZ;
    expect(expected).toBeDefined();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected);
  });
});
