import type { BatchRequestItem, BatchResponseItem } from './schemas.js';
import { GraphSchemaError } from './errors.js';
import type { RetryPolicy } from './retry-policy.js';
import { RETRYABLE_STATUSES, waitBeforeRetry } from './retry-policy.js';

/** Graph accepts at most 20 requests in one `$batch`. */
export const BATCH_LIMIT = 20;

function headerOf(headers: Record<string, string> | null | undefined, name: string): string | undefined {
  const key = Object.keys(headers ?? {}).find((candidate) => candidate.toLowerCase() === name);
  return key ? headers![key] : undefined;
}

/** A request sent again alone cannot depend on one that already got its answer. */
function withoutSettledDependencies(request: BatchRequestItem, pending: Set<string>): BatchRequestItem {
  if (!request.dependsOn) return request;
  const dependsOn = request.dependsOn.filter((id) => pending.has(id));
  const { dependsOn: _dropped, ...rest } = request;
  return dependsOn.length > 0 ? { ...rest, dependsOn } : rest;
}

/**
 * Sends requests in batches of 20. Inside a batch that answered 200, each sub-request has its own status:
 * those throttled (429) or unavailable (503, 504) are sent again, alone, after the longest Retry-After
 * they asked for. Returns the answers in the order of the requests.
 */
export async function sendBatches(
  post: (requests: BatchRequestItem[]) => Promise<BatchResponseItem[]>,
  requests: readonly BatchRequestItem[],
  policy: RetryPolicy,
): Promise<BatchResponseItem[]> {
  const answers = new Map<string, BatchResponseItem>();
  for (let offset = 0; offset < requests.length; offset += BATCH_LIMIT) {
    let pending = requests.slice(offset, offset + BATCH_LIMIT);
    for (let attempt = 1; pending.length > 0; attempt++) {
      const ids = new Set(pending.map((request) => request.id));
      const responses = await post(pending.map((request) => withoutSettledDependencies(request, ids)));
      const again: BatchResponseItem[] = [];
      for (const response of responses) {
        if (!ids.has(response.id)) continue;
        if (RETRYABLE_STATUSES.has(response.status) && attempt < policy.maxAttempts) again.push(response);
        else answers.set(response.id, response);
      }
      const unanswered = pending.filter(
        (request) => !answers.has(request.id) && !again.some((r) => r.id === request.id),
      );
      if (unanswered.length > 0 && again.length === 0)
        throw new GraphSchemaError('$batch', `no answer for request ${unanswered.map((r) => r.id).join(', ')}`);
      if (again.length === 0) break;
      const wait = Math.max(
        ...again.map((response) => waitBeforeRetry(headerOf(response.headers, 'retry-after'), attempt, policy)),
      );
      await policy.sleep(wait);
      const retryIds = new Set(again.map((response) => response.id));
      pending = pending.filter((request) => retryIds.has(request.id) || !answers.has(request.id));
    }
  }
  return requests.map((request) => answers.get(request.id)!);
}
