import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';

type Schema = z.ZodType;

interface Schemas {
  body?: Schema;
  query?: Schema;
  params?: Schema;
}

type Parsed<S extends Schemas> = {
  body: S['body'] extends Schema ? z.infer<S['body']> : undefined;
  query: S['query'] extends Schema ? z.infer<S['query']> : undefined;
  params: S['params'] extends Schema ? z.infer<S['params']> : undefined;
};

/**
 * A route handler whose input is parsed first: a body, query or path parameter that does not match its
 * schema never reaches the handler; the ZodError becomes a 400 in errors.ts.
 */
export function handle<S extends Schemas>(
  schemas: S,
  handler: (input: Parsed<S>, req: Request, res: Response) => Promise<void> | void,
): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const input = {
        body: schemas.body ? schemas.body.parse(req.body ?? {}) : undefined,
        query: schemas.query ? schemas.query.parse(req.query) : undefined,
        params: schemas.params ? schemas.params.parse(req.params) : undefined,
      } as Parsed<S>;
      await handler(input, req, res);
    } catch (error) {
      next(error);
    }
  };
}
