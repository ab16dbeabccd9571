import { LRUCache } from "lru-cache";
import { PUBLIC_DATA_PERIOD_MS, publicDataVersion } from "../platform/public-data-generation";

// The one way the app remembers public data in memory between requests (search totals, the search
// form's choices, the ids of States/mandates/themes, the table's size): a bounded map per use whose
// keys carry the public data's version (lib/platform/public-data-generation.ts). An entry is never served after a change on
// any instance, nor once a letter has become public since it was computed; it is dropped after 30 s
// at most (memory). A failed load is forgotten at once. The public response cache (./response-cache.ts) keys on the
// same version.

export type PublicMemo<T> = {
  /** The value for `key` under the current version: remembered, or loaded now (once for concurrent callers). */
  get(key: string, load: () => Promise<T>): Promise<T>;
  /** Remembers `value` for `key` under the current version (e.g. a total learnt by paging to the end). */
  set(key: string, value: T): void;
  clear(): void;
};

export function publicMemo<T>({ max = 1_000 }: { max?: number } = {}): PublicMemo<T> {
  const store = new LRUCache<string, Promise<T>>({ max, ttl: PUBLIC_DATA_PERIOD_MS });
  return {
    get(key, load) {
      const k = `${publicDataVersion()}|${key}`;
      let value = store.get(k);
      if (!value) {
        value = load();
        store.set(k, value);
        value.catch(() => {
          if (store.get(k) === value) store.delete(k);
        });
      }
      return value;
    },
    set(key, value) {
      store.set(`${publicDataVersion()}|${key}`, Promise.resolve(value));
    },
    clear: () => store.clear(),
  };
}
