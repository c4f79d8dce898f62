/** When and how long to wait before sending a request again. */

/** Graph's throttling (429) and its two transient statuses that come with a Retry-After. */
export const RETRYABLE_STATUSES = new Set([429, 503, 504]);

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is cut to it, so a run cannot hang for hours. */
  maxRetryAfterMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => Date;
}

export const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function retryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    maxAttempts: 5,
    baseDelayMs: 1_000,
    maxDelayMs: 60_000,
    maxRetryAfterMs: 5 * 60_000,
    sleep: defaultSleep,
    random: Math.random,
    now: () => new Date(),
    ...overrides,
  };
}

/**
 * Milliseconds a Retry-After header asks for: seconds (Graph sends fractions, `2.128`) or an HTTP date.
 * `undefined` when there is no usable header.
 */
export function retryAfterMs(header: string | null | undefined, now: Date): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now.getTime()) : undefined;
}

/** Exponential backoff with jitter: between half and all of base × 2^(attempt-1), capped. */
export function backoffMs(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (policy.random() * ceiling) / 2);
}

/** The wait before retrying a response that asked for one, or backoff when it did not say. */
export function waitBeforeRetry(header: string | null | undefined, attempt: number, policy: RetryPolicy): number {
  const asked = retryAfterMs(header, policy.now());
  return asked === undefined ? backoffMs(attempt, policy) : Math.min(asked, policy.maxRetryAfterMs);
}
