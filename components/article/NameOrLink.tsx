/**
 * A name in an article's list of names (authors in the byline, tags in the footer): a link where the page gives
 * its address, plain text where it does not (preview, lite page).
 */
export function NameOrLink({
  name,
  href,
  className,
  rel,
}: {
  name: string;
  href?: string;
  className?: string;
  rel: string;
}) {
  return href ? (
    <a href={href} className={className} rel={rel}>
      {name}
    </a>
  ) : (
    name
  );
}
