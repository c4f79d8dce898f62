import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { AppError } from '../domain/shared/errors.js';

export interface ErrorBody {
  error: { code: string; message: string };
}

/** `startsAt: Invalid ISO datetime; title: Too small…` — the path of each problem, then what is wrong. */
export function zodMessage(error: ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof ZodError)
    return { status: 400, body: { error: { code: 'validation', message: zodMessage(error) } } };
  if (error instanceof AppError)
    return { status: error.status, body: { error: { code: error.code, message: error.message } } };
  const http = error as { type?: string; status?: number; expose?: boolean; message?: string };
  if (http.type === 'entity.parse.failed')
    return { status: 400, body: { error: { code: 'malformedJson', message: 'The request body is not valid JSON' } } };
  if (http.type === 'entity.too.large')
    return { status: 413, body: { error: { code: 'tooLarge', message: 'The request body is too large' } } };
  if (typeof http.status === 'number' && http.status >= 400 && http.status < 500 && http.expose)
    return { status: http.status, body: { error: { code: 'badRequest', message: http.message ?? 'Bad request' } } };
  return {
    status: 500,
    body: { error: { code: 'internal', message: 'An unexpected error occurred; it has been logged' } },
  };
}

/** The one place errors become responses. Bad input is always a 4xx; only real faults are 500. */
export function errorHandler(log: (message: string, error: unknown) => void): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, body } = toErrorBody(error);
    if (status >= 500) log('request failed', error);
    res.status(status).json(body);
  };
}

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'notFound', message: `No route for ${req.method} ${req.path}` } });
};
