// A Belarusian page in an automatic view (decision 0031): the Cyrillic page's HTML, as the server rendered and
// cached it, with its text converted (lib/belarusian/convert.ts), its internal links kept inside the view, its
// language tag changed and the toggle with the "automatic" note in place of the Cyrillic page's toggle.
//
// What is deliberately left alone: <head> links (canonical, hreflang and feeds keep naming the Cyrillic and
// other-language URLs), JSON-LD, styles, URLs other than our own Belarusian pages. Next's scripts are dropped:
// they would hydrate the Cyrillic text back over the converted one, and reader pages work without them
// (plain links and forms, decision 0004); the theme script (ours, inline) stays.
//
// The input is HTML that React wrote: attribute values in double quotes with `<`, `>`, `"` and `&` escaped,
// so a tag ends at the first `>`, and text between tags is already escaped (it stays so when converted).
import type { ScriptView } from '@/lib/locales';
import { scriptViewConfig } from '@/lib/locales';
import { scriptViewPath } from '@/lib/paths';
import { THEME_SCRIPT } from '@/lib/theme';
import { convertTexts } from './convert';

const TOKEN = /<!--[\s\S]*?-->|<(script|style|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>|<![^>]*>|<\/?[a-zA-Z][^>]*>/gi;
/** Attributes whose value is text a reader sees or hears. */
const TEXT_ATTRIBUTES = /(\s(?:alt|title|aria-label|placeholder)=")([^"]*)(")/gi;
/** <meta> whose content is text: description and the sharing card's title and description. */
const TEXT_META =
  /\s(?:name|property)="(?:description|og:title|og:description|og:site_name|twitter:title|twitter:description)"/i;
const TOGGLE = /<nav\b[^>]*\sdata-script-toggle(?:="")?[\s>][\s\S]*?<\/nav>/i;

/** Texts to convert are collected while the page is read, and converted in one run (see toScriptView). */
type Slot = (text: string) => string;

function convertAttributes(tag: string, slot: Slot): string {
  let out = tag.replace(
    TEXT_ATTRIBUTES,
    (_, start: string, value: string, end: string) => `${start}${slot(value)}${end}`,
  );
  if (/^<meta\b/i.test(out) && TEXT_META.test(out)) {
    out = out.replace(/(\scontent=")([^"]*)(")/i, (_, s: string, v: string, e: string) => `${s}${slot(v)}${e}`);
  }
  return out;
}

/** A link or form target inside our Belarusian pages moves into the view; anything else is kept. */
function viewTarget(tag: string, attribute: 'href' | 'action', view: ScriptView): string {
  const re = new RegExp(`(\\s${attribute}=")([^"]*)(")`, 'i');
  return tag.replace(re, (whole, s: string, value: string, e: string) => {
    const moved = value.startsWith('/') && !value.startsWith('//') ? scriptViewPath(view, value) : null;
    return moved === null ? whole : `${s}${moved}${e}`;
  });
}

function convertTag(tag: string, view: ScriptView, slot: Slot): string | null {
  const name = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag)?.[1].toLowerCase();
  if (tag.startsWith('</')) return tag;
  switch (name) {
    case 'html':
      return tag.replace(/(\slang=")[^"]*(")/i, `$1${scriptViewConfig[view].htmlLang}$2`);
    case 'link':
      // Next's script preloads go with its scripts; everything else in <head> names the original URLs.
      return /\srel="(?:modulepreload|preload)"[^>]*\sas="script"|\srel="modulepreload"/i.test(tag) ? null : tag;
    case 'a':
      return viewTarget(convertAttributes(tag, slot), 'href', view);
    case 'form':
      return viewTarget(convertAttributes(tag, slot), 'action', view);
    default:
      return convertAttributes(tag, slot);
  }
}

function keepScript(block: string): boolean {
  const open = /^<script\b[^>]*>/i.exec(block)![0];
  if (/\stype="application\/ld\+json"/i.test(open)) return true;
  if (/\ssrc=/i.test(open)) return false;
  return block.slice(open.length, -'</script>'.length) === THEME_SCRIPT;
}

/**
 * The Cyrillic page `html` in `view`. `toggle` is the view's toggle and note, ready markup (it replaces the
 * page's own toggle, or opens the body of a page that has none, like the lite article).
 */
export function toScriptView(html: string, view: ScriptView, toggle: string): string {
  // First pass: the page with a numbered marker (NUL never survives in HTML: browsers read it as U+FFFD) in
  // place of each text to convert; then all texts in one run; then the markers are filled in.
  const source = html.replaceAll('\u0000', '\uFFFD');
  const texts: string[] = [];
  const slot: Slot = (text) => (/[\u0400-\u04ff]/.test(text) ? `\u0000${texts.push(text) - 1}\u0000` : text);
  let out = '';
  let last = 0;
  for (const m of source.matchAll(TOKEN)) {
    out += slot(source.slice(last, m.index));
    last = m.index + m[0].length;
    const token = m[0];
    if (m[1]) {
      const kind = m[1].toLowerCase();
      if (kind === 'script') out += keepScript(token) ? token : '';
      else if (kind === 'textarea') {
        const open = /^<textarea\b[^>]*>/i.exec(token)![0];
        out += convertAttributes(open, slot) + token.slice(open.length);
      } else out += token;
    } else if (token.startsWith('<!')) out += token;
    else out += convertTag(token, view, slot) ?? '';
  }
  out += slot(source.slice(last));
  const converted = convertTexts(texts, view);
  out = out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => converted[Number(i)]);
  if (TOGGLE.test(out)) return out.replace(TOGGLE, () => toggle);
  return out.replace(/<body\b[^>]*>/i, (body) => `${body}${toggle}`);
}
