// For the worker's unit tests: an in-memory chrome.storage area that answers asynchronously, as Chrome's does, and
// that can be made to fail as a full or broken one does.

/** Yields to other tasks for up to 3 ms, so that calls racing each other interleave as they would in Chrome. */
export const later = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 3));

/** Faults to inject: an error thrown by each call of that kind while it is set (Chrome rejects the promise). */
export interface Faults {
  get?: Error;
  set?: Error;
}

/** Chrome's message when a `set` passes storage.local's or storage.session's quota. */
export const QUOTA_ERROR = () => new Error("Resource::kQuotaBytes quota exceeded");

/**
 * A storage area like chrome's over `store`: values are copied in and out, every call yields first, a `set` of
 * several keys is written all at once or not at all, and `faults` makes calls fail.
 */
export function fakeStorageArea(store: Map<string, unknown>, faults: Faults = {}) {
  return {
    async get(keys: string | string[] | null) {
      await later();
      if (faults.get) throw faults.get;
      const wanted = keys === null ? [...store.keys()] : typeof keys === "string" ? [keys] : keys;
      return Object.fromEntries(
        wanted.filter((key) => store.has(key)).map((key) => [key, structuredClone(store.get(key))]),
      );
    },
    async set(items: Record<string, unknown>) {
      await later();
      if (faults.set) throw faults.set;
      for (const [key, value] of Object.entries(items)) store.set(key, structuredClone(value));
    },
    async remove(key: string) {
      await later();
      store.delete(key);
    },
  };
}
