// The app's key-value store (Twenty's `kv`, workspace scope; APPS.md §2.2) with an index of the keys the app wrote.
// Twenty's kv has no "list keys", yet uninstall must clear the app's state, so every set() records its key in an
// index entry. kv has no compare-and-set (DESIGN.md "Where state lives"): two runs adding different keys at the same
// instant can drop one from the index; the next set() of that key adds it back.

/** What Twenty offers (twenty-sdk/logic-function `kv`); the harness and tests may pass another implementation. The one
 * declaration: sync, credentials and settings take their kv as this type. */
export interface KvPort {
  get<T = unknown>(key: string): Promise<T | null>;
  set<T>(key: string, value: T): Promise<void>;
  delete(key: string): Promise<boolean>;
}

export interface AppKv extends KvPort {
  /** Every key the app has written through this module (not the index itself). */
  keys(): Promise<string[]>;
  /** Deletes the keys with one index update (a sweep of many keys would otherwise rewrite the index once per key). */
  deleteMany(keys: string[]): Promise<void>;
  /** Deletes every indexed key and the index; returns the keys deleted. */
  clearAll(): Promise<string[]>;
}

export const KV_INDEX_KEY = 'host:kv-index';

export function createAppKv(port: KvPort): AppKv {
  const readIndex = async (): Promise<string[]> => {
    const stored = await port.get<unknown>(KV_INDEX_KEY);
    return Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : [];
  };

  const assertKey = (key: string): void => {
    if (key === KV_INDEX_KEY || key.trim() === '') {
      throw new Error(`kv key "${key}" is reserved or empty: choose a key such as "sync:cursor:partners".`);
    }
  };

  const dropFromIndex = async (keys: string[]): Promise<void> => {
    const gone = new Set(keys);
    const index = await readIndex();
    if (index.some((entry) => gone.has(entry)))
      await port.set(
        KV_INDEX_KEY,
        index.filter((entry) => !gone.has(entry)),
      );
  };

  return {
    get: (key) => port.get(key),
    async set(key, value) {
      assertKey(key);
      await port.set(key, value);
      const index = await readIndex();
      if (!index.includes(key)) await port.set(KV_INDEX_KEY, [...index, key]);
    },
    async delete(key) {
      assertKey(key);
      const deleted = await port.delete(key);
      await dropFromIndex([key]);
      return deleted;
    },
    async deleteMany(keys) {
      keys.forEach(assertKey);
      for (const key of keys) await port.delete(key);
      await dropFromIndex(keys);
    },
    keys: readIndex,
    async clearAll() {
      const index = await readIndex();
      for (const key of index) await port.delete(key);
      await port.delete(KV_INDEX_KEY);
      return index;
    },
  };
}
