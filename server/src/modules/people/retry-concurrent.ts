import { AppError } from '../../platform/errors.js';

/** Thrown inside an update transaction when another writer bumped the version after our read. */
export function concurrentChange(what: string, id: string): AppError {
  return new AppError('precondition_failed', `${what} ${id} changed concurrently, retry`, {
    concurrent: true,
  });
}

/**
 * Runs a read-modify-write transaction; when it lost a race and the caller sent no If-Match, runs it
 * again on the fresh row, so a blind PATCH still writes its own fields (last write wins per field)
 * instead of failing. With If-Match the 412 stands: the client asked for exactly that version.
 */
export async function retryConcurrent<T>(conditional: boolean, run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      const lostRace = err instanceof AppError && err.details.concurrent === true;
      if (!lostRace || conditional || attempt >= 5) throw err;
    }
  }
}
