import type { ReactNode } from 'react';
import { articleClasses, type ArticleLook } from './look';

/**
 * Section, headline, byline and lede of an article: the reader page, the preview and the lite page.
 * Synchronous and given its words as props, so the lite page can render it to a string.
 */
export function ArticleHeader({
  title,
  lede,
  byline,
  section,
  sectionLabel,
  look,
}: {
  title: string;
  lede: string;
  /** The <Byline> under the headline. */
  byline: ReactNode;
  /** The story's section; a link where `href` is given. */
  section?: { name: string; href?: string } | null;
  /** "Section", read before the section's name by screen readers. */
  sectionLabel?: string;
  look?: ArticleLook;
}) {
  const c = articleClasses(look);
  return (
    <header className={c.header}>
      {section ? (
        <p className={c.section}>
          {sectionLabel ? <span className="sr-only">{sectionLabel}: </span> : null}
          {section.href ? (
            <a href={section.href} className={c.sectionLink}>
              {section.name}
            </a>
          ) : (
            section.name
          )}
        </p>
      ) : null}
      <h1 className={c.title}>{title}</h1>
      {byline}
      <p className={c.lede} data-testid="lede">
        {lede}
      </p>
    </header>
  );
}
