import { describe, expect, it } from 'vitest';
import { backoffMs, retryAfterMs, retryPolicy, waitBeforeRetry } from '../../../src/graph/retry-policy.js';

const now = new Date('2026-02-15T15:00:00Z');

describe('retry policy', () => {
  it('reads Retry-After in seconds, fractions included, or as an HTTP date', () => {
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('2.128', now)).toBe(2128);
    expect(retryAfterMs('Sun, 15 Feb 2026 15:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Sun, 15 Feb 2026 14:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(undefined, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });

  it('backs off exponentially with jitter, capped', () => {
    const policy = { baseDelayMs: 1000, maxDelayMs: 8000 };
    expect([1, 2, 3, 4, 5].map((attempt) => backoffMs(attempt, { ...policy, random: () => 0 }))).toEqual([
      500, 1000, 2000, 4000, 4000,
    ]);
    expect(backoffMs(3, { ...policy, random: () => 1 })).toBe(4000);
  });

  it('prefers what the server asked for, within a ceiling', () => {
    const policy = retryPolicy({ now: () => now, random: () => 0, maxRetryAfterMs: 60_000 });
    expect(waitBeforeRetry('7', 1, policy)).toBe(7000);
    expect(waitBeforeRetry('3600', 1, policy)).toBe(60_000);
    expect(waitBeforeRetry(null, 2, policy)).toBe(1000);
  });
});
