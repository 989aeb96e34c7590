import { articleClasses, type ArticleLook } from './look';
import { NameOrLink } from './NameOrLink';

/**
 * Below the body: where the text was translated from, the link to the article's other version (lite ↔ full)
 * and the tags. Renders nothing when it has nothing to show.
 */
export function ArticleFooter({
  translatedFrom,
  alternate,
  tags = [],
  tagsLabel,
  look,
}: {
  /** The whole sentence, e.g. "Translated from Belarusian". */
  translatedFrom?: string | null;
  alternate?: { href: string; label: string; rel?: string; type?: string; testId?: string } | null;
  /** Each a link to the tag's page where `href` is given. */
  tags?: { name: string; href?: string }[];
  tagsLabel?: string;
  look?: ArticleLook;
}) {
  const c = articleClasses(look);
  if (!translatedFrom && !alternate && tags.length === 0) return null;
  return (
    <footer className={c.footer}>
      {translatedFrom ? <p className={c.note}>{translatedFrom}</p> : null}
      {alternate ? (
        <p>
          <a
            href={alternate.href}
            rel={alternate.rel}
            type={alternate.type}
            className={c.alternate}
            data-testid={alternate.testId}
          >
            {alternate.label}
          </a>
        </p>
      ) : null}
      {tags.length > 0 ? (
        <div>
          <h2 className={c.tagsTitle}>{tagsLabel}:</h2>{' '}
          <ul className={c.tagList}>
            {tags.map((tag, i) => (
              <li key={tag.href ?? i} className={c.tagItem}>
                {i > 0 ? ', ' : null}
                <NameOrLink name={tag.name} href={tag.href} className={c.tag} rel="tag" />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </footer>
  );
}
