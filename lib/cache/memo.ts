// A small time-bounded memo of promises: concurrent callers of one key share one load, a value lives for
// `ttlMs`, a failed load is forgotten at once, and at most `maxEntries` keys are kept (oldest dropped first).
// Not lru-cache: the copy in node_modules is a transitive 5.x that knows neither promises nor failures.

export interface Memo<T> {
  get(key: string, load: () => Promise<T>): Promise<T>;
  clear(): void;
  readonly size: number;
}

export function createMemo<T>({
  ttlMs,
  maxEntries,
  now = Date.now,
}: {
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
}): Memo<T> {
  const entries = new Map<string, { value: Promise<T>; until: number }>();
  return {
    get(key, load) {
      const t = now();
      const hit = entries.get(key);
      if (hit && hit.until > t) return hit.value;
      entries.delete(key);
      const value = load();
      entries.set(key, { value, until: t + ttlMs });
      // A failed lookup is not remembered.
      value.catch(() => entries.get(key)?.value === value && entries.delete(key));
      // Oldest first (a Map keeps insertion order): bounded, whatever URLs are requested.
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
