import { Client, ResponseType } from '@microsoft/microsoft-graph-client';
import type { z } from 'zod';
import type { Config } from '../config.js';
import type { OutboundFetch } from '../http/outbound-fetch.js';
import { createOutboundFetch } from '../http/outbound-fetch.js';
import type { AccessTokenSource } from './auth-middleware.js';
import { AuthMiddleware } from './auth-middleware.js';
import { GraphResponseError, GraphSchemaError } from './errors.js';
import { sendBatches } from './graph-batch.js';
import { OutboundMiddleware, RequestTrace } from './outbound-middleware.js';
import { RetryMiddleware } from './retry-middleware.js';
import type { RetryPolicy } from './retry-policy.js';
import { retryPolicy } from './retry-policy.js';
import type { BatchRequestItem, BatchResponseItem } from './schemas.js';
import { BatchResponse, DriveItem, ErrorBody, UploadProgress, UploadSession } from './schemas.js';

export const GRAPH_VERSION = 'v1.0';

type Headers = Record<string, string>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

/** The small typed API the sync jobs use. Every answer is parsed with the schema given. */
export interface GraphApi {
  /** HTTP requests sent to Microsoft through this API (and the views made from it), retries included. */
  readonly requests: number;
  /** A view on the same client that counts its own requests (one sync run, one import). */
  counted(): GraphApi;
  get<S extends z.ZodType>(url: string, schema: S, headers?: Headers): Promise<z.infer<S>>;
  /** The same as `get`, for one page of a collection (`url` may be an `@odata.nextLink`). */
  getPage<S extends z.ZodType>(url: string, schema: S, headers?: Headers): Promise<z.infer<S>>;
  post<S extends z.ZodType>(url: string, body: unknown, schema: S, headers?: Headers): Promise<z.infer<S>>;
  /** JSON batching; throttled sub-requests are sent again after their Retry-After. Answers in request order. */
  batch(requests: readonly BatchRequestItem[]): Promise<BatchResponseItem[]>;
  /** Simple upload (up to 250 MB): `PUT …/content`. */
  putContent(url: string, content: Uint8Array | string, contentType: string): Promise<DriveItem>;
  createUploadSession(url: string, body?: unknown): Promise<UploadSession>;
  /** One byte range of an upload session (the upload URL is pre-authorized: no token is sent). */
  uploadRange(uploadUrl: string, bytes: Uint8Array, range: { start: number; total: number }): Promise<UploadProgress>;
}

export interface GraphClientDeps {
  tokens: AccessTokenSource;
  fetch?: OutboundFetch;
  retry?: Partial<RetryPolicy>;
}

async function readAnswer<S extends z.ZodType>(response: Response, url: string, schema: S): Promise<z.infer<S>> {
  const text = await response.text();
  let json: unknown = undefined;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      if (response.ok) throw new GraphSchemaError(url, 'the body is not JSON');
    }
  }
  if (!response.ok) {
    const body = ErrorBody.safeParse(json);
    const error = body.success ? body.data.error : undefined;
    throw new GraphResponseError(
      response.status,
      error?.code || undefined,
      error?.message || response.statusText || 'no message',
      url,
      error?.innerError?.['request-id'] ?? response.headers.get('request-id') ?? undefined,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GraphSchemaError(url, `${issue?.path.join('.') || '(body)'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/**
 * The one Microsoft Graph client. Requests go auth → retry → the app's outbound fetch; the base URL
 * (GRAPH_BASE_URL) serves national clouds and test doubles alike.
 */
export function createGraphClient(config: Pick<Config, 'graphBaseUrl'>, deps: GraphClientDeps): GraphApi {
  const base = config.graphBaseUrl.replace(/\/+$/, '');
  const origin = new URL(base).origin;
  const policy = retryPolicy(deps.retry);
  const client = Client.initWithMiddleware({
    baseUrl: `${base}/`,
    defaultVersion: GRAPH_VERSION,
    customHosts: new Set([new URL(base).hostname]),
    middleware: [
      new AuthMiddleware(deps.tokens, origin),
      new RetryMiddleware(policy),
      new OutboundMiddleware(deps.fetch ?? createOutboundFetch()),
    ],
  });
  const root = `${base}/${GRAPH_VERSION}`;
  /** Graph's own absolute links (next and delta links) become paths; other hosts stay absolute. */
  const pathOf = (url: string) => (url.startsWith(`${root}/`) ? url.slice(root.length) : url);

  function api(counters: { n: number }[]): GraphApi {
    const trace = new RequestTrace(() => counters.forEach((counter) => counter.n++));

    async function send<S extends z.ZodType>(
      method: Method,
      url: string,
      schema: S,
      options: { body?: unknown; headers?: Headers } = {},
    ): Promise<z.infer<S>> {
      let request = client.api(pathOf(url)).responseType(ResponseType.RAW).middlewareOptions([trace]);
      if (options.headers) request = request.headers(options.headers);
      const body = options.body instanceof Uint8Array ? Buffer.from(options.body) : options.body;
      const response: Response = await (method === 'GET'
        ? request.get()
        : method === 'POST'
          ? request.post(body)
          : method === 'PUT'
            ? request.put(body)
            : request.patch(body));
      return readAnswer(response, url, schema);
    }

    const batchOnce = async (requests: BatchRequestItem[]) =>
      (await send('POST', '/$batch', BatchResponse, { body: { requests: requests.map(relative) } })).responses;
    const relative = (request: BatchRequestItem) => ({ ...request, url: pathOf(request.url) });

    const self: GraphApi = {
      get requests() {
        return counters[0]!.n;
      },
      counted: () => api([{ n: 0 }, ...counters]),
      get: (url, schema, headers) => send('GET', url, schema, headers ? { headers } : {}),
      getPage: (url, schema, headers) => send('GET', url, schema, headers ? { headers } : {}),
      post: (url, body, schema, headers) => send('POST', url, schema, { body, ...(headers ? { headers } : {}) }),
      batch: (requests) => sendBatches(batchOnce, requests, policy),
      putContent: (url, content, contentType) =>
        send('PUT', url, DriveItem, { body: content, headers: { 'Content-Type': contentType } }),
      createUploadSession: (url, body) => send('POST', url, UploadSession, { body: body ?? {} }),
      uploadRange: async (uploadUrl, bytes, range) => {
        const end = range.start + bytes.byteLength - 1;
        return send('PUT', uploadUrl, UploadProgress, {
          body: bytes,
          headers: {
            'Content-Type': 'application/octet-stream',
            'Content-Range': `bytes ${range.start}-${end}/${range.total}`,
          },
        });
      },
    };
    return self;
  }

  return api([{ n: 0 }]);
}

export type { AccessTokenSource };
