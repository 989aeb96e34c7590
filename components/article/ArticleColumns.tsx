import type { ReactNode } from 'react';

/**
 * The reader page's columns around an article, shared by the reader page and the preview (decision 0022): the
 * <main> column holds the <article> (`header`, then `children`) and what follows it in <main> (`afterArticle`);
 * `below` and `aside` fill the rest of the grid (the reader page's related stories and sidebar).
 */
export function ArticleColumns({
  header,
  children,
  afterArticle,
  below,
  aside,
}: {
  header: ReactNode;
  children: ReactNode;
  afterArticle?: ReactNode;
  below?: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <div className="mx-auto grid max-w-6xl gap-10 px-4 py-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <main id="main" className="min-w-0">
        <article className="grid gap-5">
          {header}
          {children}
        </article>
        {afterArticle}
      </main>
      {below}
      {aside}
    </div>
  );
}
