/**
 * The one outbound HTTP path of the app (Entra ID keys and tokens, Microsoft Graph). Everything that leaves
 * the process goes through here, so time-outs, the user agent and test doubles are set in one place.
 */
export type OutboundFetch = typeof fetch;

export const USER_AGENT = 'IPECN-Concertation/0.1 (+Microsoft Teams app)';

export function createOutboundFetch(options: { timeoutMs?: number } = {}): OutboundFetch {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return (input, init = {}) => {
    const headers = new Headers(init.headers);
    if (!headers.has('user-agent')) headers.set('user-agent', USER_AGENT);
    const signal = init.signal
      ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)])
      : AbortSignal.timeout(timeoutMs);
    return fetch(input, { ...init, headers, signal });
  };
}
