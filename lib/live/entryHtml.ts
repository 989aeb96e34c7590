// A live-blog entry as an HTML string, for the updates JSON (decision 0033): the page's own component
// (components/live/LiveEntry.tsx) rendered to markup by React (lib/render/staticMarkup.ts), so an inserted entry is
// exactly what the page renders, every text and attribute escaped by React. The client leaf inserts only this.
import { createElement } from 'react';
import { LiveEntry } from '@/components/live/LiveEntry';
import type { Locale } from '@/lib/locales';
import type { LiveEntryView } from '@/lib/news/live';
import { renderStaticMarkup } from '@/lib/render/staticMarkup';

export interface EntryLabels {
  pinned: string;
  keyEvent: string;
  permalink: string;
}

export function liveEntryHtml(entry: LiveEntryView, locale: Locale, labels: EntryLabels): string {
  return renderStaticMarkup(createElement(LiveEntry, { entry, locale, labels }));
}
