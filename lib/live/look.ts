// The classes of a live-blog entry (components/live/LiveEntry.tsx), kept apart so the page and its tests name them once.
export const entryLook = {
  entry: 'grid gap-2 border-t border-rule py-4 scroll-mt-4',
  meta: 'flex flex-wrap items-center gap-2 text-sm text-muted',
  badge: 'rounded bg-ink px-1.5 py-0.5 text-xs font-bold uppercase text-paper',
  title: 'text-lg font-bold',
  permalink: 'text-sm text-muted hover:underline',
} as const;
