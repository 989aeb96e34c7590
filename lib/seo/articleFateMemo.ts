// The proxy asks, for every article URL, whether the slug is current, moved (301) or deleted (410). Cached
// pages answer in well under a millisecond, so that lookup would be most of a request's cost: the answer is
// remembered for a second (one lookup per URL per second, shared by concurrent requests). A slug change or
// deletion therefore reaches the status code within a second, inside the two seconds decision 0015 promises.

import { createMemo, type Memo } from '@/lib/cache/memo';

const KEY = Symbol.for('rekha.articleFates');

/**
 * The proxy's memo. On globalThis because the proxy and the server actions are separate bundles in one
 * process: a newsroom write in this process forgets it at once (another instance's memo ages out in a second).
 */
export function articleFates<T>(): Memo<T> {
  const g = globalThis as typeof globalThis & { [KEY]?: Memo<unknown> };
  return (g[KEY] ??= createMemo<unknown>({ ttlMs: 1000, maxEntries: 10_000 })) as Memo<T>;
}
