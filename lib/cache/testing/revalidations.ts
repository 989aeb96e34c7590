// Test set-up (vitest.config.ts setupFiles): Next revalidates cache tags only inside a request of its server,
// and its revalidateTag throws anywhere else. In unit and integration tests it records the tags instead, so a
// test can assert what a newsroom command drops (`takeRevalidatedTags()`); the rest of next/cache is Next's own.
import { vi } from 'vitest';

const KEY = Symbol.for('rekha.test.revalidated-tags');
const store = () => ((globalThis as Record<symbol, string[]>)[KEY] ??= []);

vi.mock('next/cache', async (original) => ({
  ...(await original<typeof import('next/cache')>()),
  revalidateTag: (tag: string) => {
    store().push(tag);
  },
}));

/** The tags dropped since the last call, in order, and forgets them. */
export function takeRevalidatedTags(): string[] {
  return store().splice(0);
}
