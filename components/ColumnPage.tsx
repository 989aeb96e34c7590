// The frame of a one-column reader page (privacy, how to reach us, a static page, search): the site header with
// its language switcher, then the page's main landmark (found by tests as `testId`) opening with its heading and,
// when there is one, its lead. The footer comes from the layout. Its look is one of two: a text to read, or a
// tool (search) that sits closer to the header.
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/SiteHeader';
import type { Locale } from '@/lib/locales';
import type { SectionLink } from '@/lib/news/types';
import type { SwitcherTarget } from '@/lib/switcher';

const looks = {
  text: { main: 'gap-5 py-8', heading: 'text-3xl font-black leading-tight md:text-4xl' },
  tool: { main: 'gap-6 py-6', heading: 'text-3xl font-black' },
} as const;

export function ColumnPage({
  locale,
  sections,
  switcher,
  testId,
  title,
  lead,
  look = 'text',
  children,
}: {
  locale: Locale;
  sections: SectionLink[];
  switcher: SwitcherTarget[];
  testId: string;
  title: string;
  lead?: string | null;
  look?: keyof typeof looks;
  children: ReactNode;
}) {
  const { main, heading } = looks[look];
  return (
    <>
      <SiteHeader locale={locale} sections={sections} switcher={switcher} />
      <main id="main" className={`mx-auto grid max-w-3xl px-4 ${main}`} data-testid={testId}>
        <h1 className={heading}>{title}</h1>
        {lead ? <p className="text-xl font-semibold leading-snug">{lead}</p> : null}
        {children}
      </main>
    </>
  );
}

/** A titled part of a one-column page, named by its heading (`id`). */
export function ColumnSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="grid gap-2" aria-labelledby={id}>
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
