import type { Context } from '@microsoft/microsoft-graph-client';
import { MiddlewareLink, urlOf } from './middleware-link.js';

export interface AccessTokenSource {
  getAccessToken(): Promise<string>;
}

function setAuthorization(context: Context, value: string | undefined) {
  const options = (context.options ??= {});
  if (options.headers instanceof Headers) {
    if (value) options.headers.set('Authorization', value);
    else options.headers.delete('Authorization');
    return;
  }
  const headers = { ...(options.headers as Record<string, string> | undefined) };
  for (const name of Object.keys(headers)) if (name.toLowerCase() === 'authorization') delete headers[name];
  options.headers = value ? { ...headers, Authorization: value } : headers;
}

/**
 * Adds the bearer token to requests for Graph's own origin only: upload URLs and download links on other
 * hosts are pre-authorized and must never receive the token.
 */
export class AuthMiddleware extends MiddlewareLink {
  constructor(
    private readonly tokens: AccessTokenSource,
    private readonly graphOrigin: string,
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const toGraph = new URL(urlOf(context)).origin === this.graphOrigin;
    setAuthorization(context, toGraph ? `Bearer ${await this.tokens.getAccessToken()}` : undefined);
    await this.next!.execute(context);
  }
}
