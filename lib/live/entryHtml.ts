// A live-blog entry as an HTML string, for the updates JSON (decision 0033): the same markup as the page's
// components/live/LiveEntry.tsx, the body through the one mapping of lib/richtext/render.ts written as the React
// output writes it (components/RichText.tsx). Every text and attribute value is escaped here; the client leaf
// inserts only this server-made markup.
import { escapeHtml } from '@/lib/richtext/html';
import { renderBody, type BodyOutput } from '@/lib/richtext/render';
import type { Locale } from '@/lib/locales';
import { liveEntryAnchor, liveEntryPath } from '@/lib/paths';
import { formatDateTime } from '@/lib/time/minsk';
import type { LiveEntryView } from '@/lib/news/live';
import { entryLook } from './look';

const VOID = new Set(['br', 'img']);
const attributes = (attrs: Record<string, string | undefined> | null) =>
  Object.entries(attrs ?? {})
    .filter(([, value]) => typeof value === 'string')
    .map(([name, value]) => ` ${name}="${escapeHtml(value as string)}"`)
    .join('');
const el = (tag: string, attrs: Record<string, string | undefined> | null, ...children: string[]) =>
  VOID.has(tag) ? `<${tag}${attributes(attrs)}>` : `<${tag}${attributes(attrs)}>${children.join('')}</${tag}>`;

/** The page's body output (components/RichText.tsx) as a string. */
const pageOutput: BodyOutput<string> = {
  text: escapeHtml,
  element: (tag, attrs, children) => el(tag, attrs, ...children),
  inline: (content) => el('span', null, content),
  lines: (lines) => lines.map((line) => el('span', null, ...line)),
  doc: (blocks) => el('div', { class: 'prose-news' }, ...blocks),
};

export interface EntryLabels {
  pinned: string;
  keyEvent: string;
  permalink: string;
}

export function liveEntryHtml(entry: LiveEntryView, locale: Locale, labels: EntryLabels): string {
  const marks = [
    entry.pinned ? el('span', { class: entryLook.badge }, labels.pinned) : '',
    entry.keyEvent ? el('span', { class: entryLook.badge }, labels.keyEvent) : '',
  ].join('');
  return el(
    'article',
    { id: liveEntryAnchor(entry.id), class: entryLook.entry, 'data-entry': entry.id },
    el(
      'p',
      { class: entryLook.meta },
      el('time', { datetime: entry.publishedAt.toISOString() }, escapeHtml(formatDateTime(entry.publishedAt, locale))),
      entry.authorName ? el('span', null, ' · ', escapeHtml(entry.authorName)) : '',
      marks,
    ),
    entry.title ? el('h3', { class: entryLook.title }, escapeHtml(entry.title)) : '',
    renderBody(entry.body, pageOutput, { locale }),
    el('a', { href: liveEntryPath(locale, entry.id), class: entryLook.permalink }, escapeHtml(labels.permalink)),
  );
}
