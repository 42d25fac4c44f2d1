// For the worker's unit tests: an in-memory chrome.storage area that answers asynchronously, as Chrome's does.

/** Yields to other tasks for up to 3 ms, so that calls racing each other interleave as they would in Chrome. */
export const later = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 3));

/** A storage area like chrome's over `store`: values are copied in and out, and every call yields first. */
export function fakeStorageArea(store: Map<string, unknown>) {
  return {
    async get(key: string) {
      await later();
      return store.has(key) ? { [key]: structuredClone(store.get(key)) } : {};
    },
    async set(items: Record<string, unknown>) {
      await later();
      for (const [key, value] of Object.entries(items)) store.set(key, structuredClone(value));
    },
    async remove(key: string) {
      await later();
      store.delete(key);
    },
  };
}
