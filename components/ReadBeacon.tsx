/**
 * Counts one read of an article: a 1×1 image from our own server, so it works without JavaScript and
 * with cached HTML, sets no cookie, and is skipped by crawlers that do not load images (the server
 * also ignores known bots). See docs/decisions/0009-most-read.md.
 */
export function ReadBeacon({ articleId }: { articleId: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a counter pixel, not content
    <img
      src={`/api/views/${encodeURIComponent(articleId)}`}
      alt=""
      width={1}
      height={1}
      loading="eager"
      decoding="async"
      referrerPolicy="no-referrer"
      data-testid="read-beacon"
      className="pointer-events-none absolute h-px w-px opacity-0 print:hidden"
    />
  );
}
