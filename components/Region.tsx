// A named block of a reader page (latest news, most read, related stories): a landmark labelled by its own heading,
// `${name}-title`, and found by tests as `name`. Its look is one of the page's block styles.
import type { ReactNode } from 'react';

const looks = {
  /** A boxed block beside or below the content. */
  box: { element: 'section', className: 'grid gap-4 rounded border border-rule p-4', heading: 'text-lg font-bold' },
  /** A block after the article, under the brand's rule; not printed. */
  after: {
    element: 'aside',
    className: 'grid gap-4 border-t-2 border-brand pt-4 print:hidden',
    heading: 'text-xl font-black',
  },
} as const;

export function Region({
  name,
  look,
  title,
  children,
}: {
  name: string;
  look: keyof typeof looks;
  title: string;
  children: ReactNode;
}) {
  const { element: Element, className, heading } = looks[look];
  return (
    <Element aria-labelledby={`${name}-title`} className={className} data-testid={name}>
      <h2 id={`${name}-title`} className={heading}>
        {title}
      </h2>
      {children}
    </Element>
  );
}
