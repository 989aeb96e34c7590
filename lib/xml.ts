// Writing XML (feeds; sitemaps through lib/seo/http.ts xmlEscape). Decision 0017: XML is written by a
// serializer that escapes every `&`, `<`, `>` and quote in text and attributes — fast-xml-builder, which unlike
// some builders does not leave `&lt;` or `&amp;` in the input alone, so text round-trips exactly — never
// by CDATA (ended by the first `]]>` in the text). Characters XML 1.0 cannot carry are dropped first: one
// of them in a headline would otherwise make the whole file unreadable to every feed reader and crawler.
import XMLBuilder from 'fast-xml-builder';

const INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/FFFF, lone surrogates). */
export const xmlChars = (s: string) => s.replace(INVALID, '');

const clean = (_name: string, value: unknown) => (typeof value === 'string' ? xmlChars(value) : value);

/**
 * Serialises a document given as nested objects: `@_name` keys are attributes, `#text` the text of an element
 * that also has attributes, arrays repeat an element. Every value is escaped; names come from our code only.
 */
export function buildXml(doc: Record<string, unknown>): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    format: true,
    suppressEmptyNode: true,
    processEntities: true,
    tagValueProcessor: clean,
    attributeValueProcessor: clean,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(doc)}`;
}
