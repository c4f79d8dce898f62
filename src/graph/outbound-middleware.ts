import type { Context } from '@microsoft/microsoft-graph-client';
import type { OutboundFetch } from '../http/outbound-fetch.js';
import { MiddlewareLink } from './middleware-link.js';

/** A per-request middleware option: told of every HTTP request that leaves, retries included. */
export class RequestTrace {
  constructor(readonly onSend: () => void) {}
}

/** The end of the chain: requests leave through the app's one outbound fetch, not the library's. */
export class OutboundMiddleware extends MiddlewareLink {
  constructor(private readonly fetch: OutboundFetch) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const trace = context.middlewareControl?.getMiddlewareOptions(RequestTrace) as RequestTrace | undefined;
    trace?.onSend();
    context.response = await this.fetch(context.request, context.options as RequestInit | undefined);
  }
}
