// The article body as React: the one mapping of lib/richtext/render.ts written as elements. XSS-safe by
// construction: only the mapping's tags become elements, React escapes every text and attribute, links
// follow bodyLink (decision 0017). The feeds write the same mapping as a string (lib/feeds/richtextHtml.ts).
import { createElement, type ReactNode } from 'react';
import type { Locale } from '@/lib/locales';
import { renderBody, type BodyAttrs, type BodyOutput } from '@/lib/richtext/render';
import type { RichTextDoc } from '@/lib/richtext/types';

/** The mapping's HTML attribute names that React spells differently. */
const REACT_NAMES: Record<string, string> = { class: 'className', srcset: 'srcSet', referrerpolicy: 'referrerPolicy' };
const reactAttrs = (attrs: BodyAttrs | null) =>
  attrs && Object.fromEntries(Object.entries(attrs).map(([name, value]) => [REACT_NAMES[name] ?? name, value]));

// Children are passed as arguments, not arrays, so React needs no keys.
const reactOutput: BodyOutput<ReactNode> = {
  text: (value) => value,
  element: (tag, attrs, children) => createElement(tag, reactAttrs(attrs), ...children),
  inline: (content) => createElement('span', null, content),
  lines: (lines) => lines.map((line) => createElement('span', null, ...line)),
  doc: (blocks) => createElement('div', { className: 'prose-news' }, ...blocks),
};

/**
 * `locale`: the body's language (the words the mapping adds: credits, embed links). `look="lite"`: one small
 * file per picture (the lite page).
 */
export function RichText({ doc, locale, look }: { doc: RichTextDoc; locale: Locale; look?: 'lite' }) {
  return renderBody(doc, reactOutput, { locale, images: look === 'lite' ? 'plain' : 'responsive' });
}
