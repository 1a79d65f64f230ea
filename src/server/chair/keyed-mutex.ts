/**
 * Runs work for a set of keys one at a time per key within this process. The database lock orders writers
 * across instances; this keeps one instance's in-memory session cache from being updated out of order.
 */
export interface KeyedMutex {
  run<T>(keys: readonly string[], fn: () => Promise<T>): Promise<T>;
}

export function createKeyedMutex(): KeyedMutex {
  const tails = new Map<string, Promise<void>>();
  const lockOne = async (key: string): Promise<() => void> => {
    const previous = tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => mine);
    tails.set(key, tail);
    await previous;
    return () => {
      release();
      if (tails.get(key) === tail) tails.delete(key);
    };
  };
  return {
    async run(keys, fn) {
      // A fixed order: two callers locking overlapping sets cannot wait on each other in a cycle.
      const releases: (() => void)[] = [];
      try {
        for (const key of [...new Set(keys)].sort()) releases.push(await lockOne(key));
        return await fn();
      } finally {
        for (const release of releases.reverse()) release();
      }
    },
  };
}
