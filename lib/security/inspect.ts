// Test helpers for the payload corpus (decision 0017): what a browser would make of an output, read with
// parse5 — the WHATWG HTML parsing algorithm browsers implement — instead of string matching.
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Attributes whose value a browser loads or navigates to. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'srcset',
  'ping',
  'codebase',
  'lowsrc',
  'dynsrc',
  'icon',
  'manifest',
  'longdesc',
  'cite',
]);
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The elements the body renderers (components/RichText.tsx, lib/feeds/richtextHtml.ts) may produce. */
export const BODY_TAGS: ReadonlySet<string> = new Set([
  'p',
  'strong',
  'em',
  'a',
  'br',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'blockquote',
  'footer',
  'span',
  'div',
  // pictures and galleries (decision 0027)
  'figure',
  'figcaption',
  'img',
]);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function* walk(node: Node): Generator<Node> {
  yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* walk(child);
  if (isElement(node) && node.tagName === 'template') yield* walk((node as DefaultTreeAdapterMap['template']).content);
}

function urlProblem(name: string, value: string): string | null {
  const candidates = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]) : [value];
  for (const candidate of candidates) {
    let url: URL;
    try {
      url = new URL(candidate, 'https://origin.invalid/page');
    } catch {
      continue; // a browser would not follow it either
    }
    if (!SAFE_PROTOCOLS.has(url.protocol)) return `${name}=${JSON.stringify(value)} (${url.protocol})`;
  }
  return null;
}

/**
 * What in this HTML a browser would act on beyond the expected: elements outside `allowedTags`, any event
 * handler attribute, `http-equiv`, `srcdoc`, a URL attribute with another scheme than http(s)/mailto,
 * a `style` attribute, and script/style text that calls the corpus hook. Empty means: nothing would run.
 */
export function htmlProblems(
  html: string,
  { allowedTags, document = false }: { allowedTags: ReadonlySet<string>; document?: boolean },
): string[] {
  const root = document ? parse(html) : parseFragment(html);
  const problems: string[] = [];
  for (const node of walk(root)) {
    if (!isElement(node)) continue;
    const where = `<${node.tagName}>`;
    if (!allowedTags.has(node.tagName)) problems.push(`element ${where}`);
    if ((node.tagName === 'script' || node.tagName === 'style') && textOfNode(node).includes('__xss('))
      problems.push(`${where} text calls the hook`);
    for (const attr of node.attrs) {
      const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
      if (/^on/i.test(attr.name)) problems.push(`${where} handler ${name}`);
      else if (['http-equiv', 'srcdoc', 'style', 'formaction'].includes(attr.name))
        problems.push(`${where} attribute ${name}`);
      else if (URL_ATTRIBUTES.has(name) || URL_ATTRIBUTES.has(attr.name)) {
        const p = urlProblem(attr.name, attr.value);
        if (p) problems.push(`${where} ${p}`);
      }
    }
  }
  return problems;
}

function textOfNode(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.map(textOfNode).join('');
}

/** The text a reader sees of an HTML fragment (all text nodes joined). */
export const htmlText = (html: string) => textOfNode(parseFragment(html));

/** Elements of an HTML fragment as `[tagName, attributes]`, in document order. */
export function htmlElements(
  html: string,
  document = false,
): { tag: string; attrs: Record<string, string>; text: string }[] {
  const out: { tag: string; attrs: Record<string, string>; text: string }[] = [];
  for (const node of walk(document ? parse(html) : parseFragment(html)))
    if (isElement(node))
      out.push({
        tag: node.tagName,
        attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])),
        text: textOfNode(node),
      });
  return out;
}

/**
 * The text as an HTML parser hands it to a reader: NUL becomes U+FFFD and CR LF / CR become LF. Outputs
 * are compared with the input through this (and through lib/xml.ts xmlChars for XML), never with looser matching.
 */
export const asHtmlText = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\u0000/g, '\uFFFD');
