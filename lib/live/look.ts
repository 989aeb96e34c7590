// The classes of a live-blog entry, shared by the page (components/live/LiveEntry.tsx) and the HTML of the
// updates JSON (lib/live/entryHtml.ts), so an inserted entry looks like one rendered with the page.
export const entryLook = {
  entry: 'grid gap-2 border-t border-rule py-4 scroll-mt-4',
  meta: 'flex flex-wrap items-center gap-2 text-sm text-muted',
  badge: 'rounded bg-ink px-1.5 py-0.5 text-xs font-bold uppercase text-paper',
  title: 'text-lg font-bold',
  permalink: 'text-sm text-muted hover:underline',
} as const;
