// A WordPress export (WXR: RSS 2.0 with the wp:, content:, excerpt: and dc: elements) read whole into plain
// records, before anything is written: a malformed file is one error with its line number and nothing is imported.
// saxes reads the XML (well-formedness is checked strictly, positions are reported).
import { SaxesParser } from 'saxes';
import { decodeFile } from './encoding';

export class WxrError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'WxrError';
  }
}

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
  line: number;
}

export interface WxrTerm {
  /** category, post_tag, language, post_translations, … */
  domain: string;
  slug: string;
  name: string;
}

export interface WxrAuthor {
  login: string;
  displayName: string;
}

export interface WxrItem {
  line: number;
  postId: number;
  type: string;
  status: string;
  title: string;
  link: string;
  guid: string;
  slug: string;
  creator: string;
  content: string;
  excerpt: string;
  /** UTC, from wp:post_date_gmt (null for drafts WordPress never dated). */
  postDate: Date | null;
  modified: Date | null;
  parent: number;
  attachmentUrl: string;
  terms: WxrTerm[];
  meta: Map<string, string>;
}

export interface WxrExport {
  siteUrl: string;
  authors: WxrAuthor[];
  /** category nicename → display name (from wp:category and items). */
  categories: Map<string, string>;
  tags: Map<string, string>;
  /** Polylang translation groups: term slug (pll_…) → its serialized description. */
  translationTerms: Map<string, string>;
  items: WxrItem[];
  /** Lines whose bytes were not UTF-8 and were read as Windows-1251. */
  repairedLines: number[];
}

function parseTree(text: string): El {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const root: El = { name: '#root', attrs: {}, children: [], text: '', line: 1 };
  const stack: El[] = [root];
  parser.on('opentag', (tag) => {
    const el: El = {
      name: tag.name,
      attrs: tag.attributes as Record<string, string>,
      children: [],
      text: '',
      line: parser.line,
    };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => (stack.at(-1)!.text += t));
  parser.on('cdata', (t) => (stack.at(-1)!.text += t));
  parser.on('error', (e) => {
    throw new WxrError(e.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, ''), parser.line);
  });
  parser.write(text).close();
  return root;
}

const child = (el: El, name: string) => el.children.find((c) => c.name === name);
const textOf = (el: El | undefined) => (el?.text ?? '').trim();
const rawOf = (el: El | undefined) => el?.text ?? '';

function gmt(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m || m[1] === '0000') return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Reads a whole export; throws WxrError (with the line) when the file is not a WordPress export. */
export function parseWxr(bytes: Uint8Array): WxrExport {
  const { text, repairedLines } = decodeFile(bytes);
  const root = parseTree(text);
  const rss = child(root, 'rss');
  if (!rss) throw new WxrError('not a WordPress export: the root element is not <rss>', root.children[0]?.line ?? 1);
  const channel = child(rss, 'channel');
  if (!channel) throw new WxrError('not a WordPress export: <rss> has no <channel>', rss.line);
  const version = textOf(child(channel, 'wp:wxr_version'));
  if (!version) throw new WxrError('not a WordPress export: no <wp:wxr_version>', channel.line);
  const out: WxrExport = {
    siteUrl: (textOf(child(channel, 'wp:base_blog_url')) || textOf(child(channel, 'link'))).replace(/\/+$/, ''),
    authors: [],
    categories: new Map(),
    tags: new Map(),
    translationTerms: new Map(),
    items: [],
    repairedLines,
  };
  for (const el of channel.children) {
    switch (el.name) {
      case 'wp:author':
        out.authors.push({
          login: textOf(child(el, 'wp:author_login')),
          displayName: textOf(child(el, 'wp:author_display_name')) || textOf(child(el, 'wp:author_login')),
        });
        break;
      case 'wp:category':
        out.categories.set(textOf(child(el, 'wp:category_nicename')), textOf(child(el, 'wp:cat_name')));
        break;
      case 'wp:tag':
        out.tags.set(textOf(child(el, 'wp:tag_slug')), textOf(child(el, 'wp:tag_name')));
        break;
      case 'wp:term':
        if (textOf(child(el, 'wp:term_taxonomy')) === 'post_translations')
          out.translationTerms.set(textOf(child(el, 'wp:term_slug')), rawOf(child(el, 'wp:term_description')));
        break;
      case 'item':
        out.items.push(itemOf(el));
        break;
    }
  }
  return out;
}

function itemOf(el: El): WxrItem {
  const postId = Number(textOf(child(el, 'wp:post_id')));
  if (!Number.isSafeInteger(postId) || postId <= 0)
    throw new WxrError('an <item> without a valid <wp:post_id>', el.line);
  const meta = new Map<string, string>();
  const terms: WxrTerm[] = [];
  for (const c of el.children) {
    if (c.name === 'wp:postmeta') meta.set(textOf(child(c, 'wp:meta_key')), rawOf(child(c, 'wp:meta_value')));
    else if (c.name === 'category')
      terms.push({ domain: c.attrs.domain ?? 'category', slug: c.attrs.nicename ?? '', name: textOf(c) });
  }
  return {
    line: el.line,
    postId,
    type: textOf(child(el, 'wp:post_type')) || 'post',
    status: textOf(child(el, 'wp:status')),
    title: textOf(child(el, 'title')),
    link: textOf(child(el, 'link')),
    guid: textOf(child(el, 'guid')),
    slug: textOf(child(el, 'wp:post_name')),
    creator: textOf(child(el, 'dc:creator')),
    content: rawOf(child(el, 'content:encoded')),
    excerpt: textOf(child(el, 'excerpt:encoded')),
    postDate: gmt(textOf(child(el, 'wp:post_date_gmt'))),
    modified: gmt(textOf(child(el, 'wp:post_modified_gmt'))),
    parent: Number(textOf(child(el, 'wp:post_parent'))) || 0,
    attachmentUrl: textOf(child(el, 'wp:attachment_url')),
    terms,
    meta,
  };
}
