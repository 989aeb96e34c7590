import { serializeJsonLd } from '@/lib/seo/jsonld';

/** schema.org JSON-LD for search engines; the JSON is escaped so no text in it can close the script. */
export function StructuredData({ data }: { data: unknown }) {
  // serializeJsonLd escapes <, > and &; as a child, React would HTML-escape the JSON and break it.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
