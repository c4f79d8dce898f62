import { NotSignedInError } from '../teams/teams-context.js';

/** A failed API call: `status` 0 when the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isErrorBody(body: unknown): body is { error: { code: string; message: string } } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string';
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof NotSignedInError) return new ApiError(401, 'unauthenticated', error.message);
  return new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
}

/** The tabs' only HTTP path: JSON in, JSON out, errors as `ApiError` with the server's stable code. */
export async function requestJson<T>(
  path: string,
  init: { method?: 'GET' | 'POST' | 'PATCH'; token?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      ...(init.signal ? { signal: init.signal } : {}),
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw toApiError(error);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (isErrorBody(body)) throw new ApiError(response.status, body.error.code, body.error.message);
    throw new ApiError(response.status, `http_${response.status}`, response.statusText);
  }
  return body as T;
}

/** The host's token (Teams SSO or the development sign-in); failing to get one is a 401 for the caller. */
async function tokenFrom(getToken: () => Promise<string>): Promise<string> {
  try {
    return await getToken();
  } catch (error) {
    if (error instanceof NotSignedInError) throw toApiError(error);
    throw new ApiError(401, 'token', error instanceof Error ? error.message : String(error));
  }
}

/** GET under `/api/v1` with a token from the host. */
export async function apiGet<T>(
  path: string,
  options: { getToken(): Promise<string>; signal?: AbortSignal },
): Promise<T> {
  const token = await tokenFrom(options.getToken);
  return requestJson<T>(`/api/v1${path}`, { token, ...(options.signal ? { signal: options.signal } : {}) });
}

/** POST under `/api/v1` with a token from the host, the write counterpart of `apiGet`. */
export async function apiPost<T>(path: string, body: unknown, options: { getToken(): Promise<string> }): Promise<T> {
  const token = await tokenFrom(options.getToken);
  return requestJson<T>(`/api/v1${path}`, { method: 'POST', token, body });
}

/** PATCH under `/api/v1` with a token from the host: only the fields that changed. */
export async function apiPatch<T>(path: string, body: unknown, options: { getToken(): Promise<string> }): Promise<T> {
  const token = await tokenFrom(options.getToken);
  return requestJson<T>(`/api/v1${path}`, { method: 'PATCH', token, body });
}
