import type { Context } from '@microsoft/microsoft-graph-client';
import { GraphClientError } from '@microsoft/microsoft-graph-client';
import { GraphNetworkError } from './errors.js';
import { MiddlewareLink, urlOf } from './middleware-link.js';
import type { RetryPolicy } from './retry-policy.js';
import { backoffMs, RETRYABLE_STATUSES, waitBeforeRetry } from './retry-policy.js';

/** A body that can be sent again (a stream cannot). */
const replayable = (context: Context) => !(context.options?.body instanceof ReadableStream);

/**
 * Honours Retry-After on 429, 503 and 504 (backoff when the header is missing) and backs off
 * exponentially, with jitter, on network errors. After the last attempt the last response goes back as
 * it is, for the caller to turn into an error; a network error becomes a GraphNetworkError.
 */
export class RetryMiddleware extends MiddlewareLink {
  constructor(private readonly policy: RetryPolicy) {
    super();
  }

  async execute(context: Context): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= this.policy.maxAttempts || !replayable(context);
      try {
        await this.next!.execute(context);
      } catch (error) {
        if (error instanceof GraphClientError) throw error;
        if (last) throw new GraphNetworkError(urlOf(context), error);
        await this.policy.sleep(backoffMs(attempt, this.policy));
        continue;
      }
      const response = context.response!;
      if (last || !RETRYABLE_STATUSES.has(response.status)) return;
      const wait = waitBeforeRetry(response.headers.get('retry-after'), attempt, this.policy);
      // Read the small error body so the connection is released before waiting.
      await response.arrayBuffer().catch(() => undefined);
      await this.policy.sleep(wait);
    }
  }
}
