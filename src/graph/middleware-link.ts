import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/** A link of the Graph client's middleware chain: auth → retry → outbound. */
export abstract class MiddlewareLink implements Middleware {
  protected next?: Middleware;
  setNext(next: Middleware): void {
    this.next = next;
  }
  abstract execute(context: Context): Promise<void>;
}

export const urlOf = (context: Context): string =>
  typeof context.request === 'string' ? context.request : context.request.url;
