import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

interface Pending<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export type Executor = Transaction<Database> | Kysely<Database>;

const MAX_BATCH = 500;

/**
 * Group commit: writes that arrive while a commit is under way are written together in the next single
 * transaction, and each caller's promise settles only after that commit. With synchronous=FULL an
 * acknowledged write is on disk, and a burst of 300 costs a few commits, not 300.
 *
 * `write` receives the batch in arrival order and returns one result per item. Inside a caller's
 * transaction (`inTransaction`), a write joins that transaction instead: the caller commits.
 */
export function groupCommit<T, R>(
  db: Kysely<Database>,
  write: (executor: Executor, batch: readonly T[]) => Promise<R[]>,
  options: { inTransaction?: boolean } = {},
): (item: T) => Promise<R> {
  let queue: Pending<T, R>[] = [];
  let flushing = false;
  let scheduled = false;

  async function flush() {
    flushing = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      try {
        const results = await db.transaction().execute((trx) =>
          write(
            trx,
            batch.map((pending) => pending.item),
          ),
        );
        batch.forEach((pending, index) => pending.resolve(results[index]!));
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    flushing = false;
  }

  return (item) => {
    if (options.inTransaction) return write(db, [item]).then((results) => results[0]!);
    return new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      // One flush at a time; writes arriving meanwhile wait for the next batch of the running flush.
      if (!flushing && !scheduled) {
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          void flush();
        });
      }
    });
  };
}
