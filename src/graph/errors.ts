import { GraphClientError } from '@microsoft/microsoft-graph-client';
import type { SyncFailure } from '../domain/sync/ports.js';

/**
 * Errors of the Graph adapter. Those raised inside the middleware chain extend the library's
 * GraphClientError, which its request pipeline lets through unchanged (it wraps anything else).
 */
abstract class GraphChainError extends GraphClientError {
  abstract readonly code: string;
  constructor(message: string) {
    super(message);
    // The library's constructor resets the prototype to its own; restore the subclass.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = new.target.name;
  }
}

/** No token could be obtained from Microsoft Entra ID: nothing was sent to Graph. */
export class GraphAuthError extends GraphChainError {
  readonly code = 'graphAuth';
  constructor(
    message: string,
    /** The Entra ID error number (`AADSTS7000215`) when the server gave one. */
    readonly aadsts: string | undefined = undefined,
    /** The OAuth error (`invalid_client`) or msal's error code. */
    readonly reason: string | undefined = undefined,
  ) {
    super(message);
  }
}

/** Graph could not be reached, after the retries. */
export class GraphNetworkError extends GraphChainError {
  readonly code = 'graphNetwork';
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`Microsoft Graph could not be reached (${url}): ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Graph answered with an error status. */
export class GraphResponseError extends Error {
  readonly code: string;
  constructor(
    readonly status: number,
    /** Graph's error code (`ErrorAccessDenied`, `syncStateNotFound`…), or `http<status>`. */
    readonly graphCode: string | undefined,
    message: string,
    readonly url: string,
    readonly requestId: string | undefined = undefined,
  ) {
    super(`Microsoft Graph answered ${status}${graphCode ? ` ${graphCode}` : ''}: ${message} (${url})`);
    this.name = 'GraphResponseError';
    this.code = graphCode ?? `http${status}`;
  }
}

/** Graph answered something this app does not understand (the zod schema refused it). */
export class GraphSchemaError extends Error {
  readonly code = 'graphUnexpectedResponse';
  constructor(
    readonly url: string,
    detail: string,
  ) {
    super(`Microsoft Graph sent an unexpected response (${url}): ${detail}`);
    this.name = 'GraphSchemaError';
  }
}

/** Nothing to ask Graph about: the meeting's organizer cannot be found (attendance reports need them). */
export class GraphSyncError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'GraphSyncError';
  }
}

const RESYNC_CODES = new Set(['syncstatenotfound', 'resyncrequired', 'syncstateinvalid']);

/** A delta or skip token Graph no longer knows: the round must start over from the initial request. */
export function isSyncReset(error: unknown): boolean {
  return (
    error instanceof GraphResponseError &&
    (error.status === 410 || RESYNC_CODES.has((error.graphCode ?? '').toLowerCase()))
  );
}

/** What the coordinator is shown for a failed run: a stable code and a readable message. */
export function describeFailure(error: unknown): SyncFailure {
  if (
    error instanceof GraphAuthError ||
    error instanceof GraphNetworkError ||
    error instanceof GraphResponseError ||
    error instanceof GraphSchemaError ||
    error instanceof GraphSyncError
  )
    return { code: error.code, message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
