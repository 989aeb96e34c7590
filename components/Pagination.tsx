import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';

/** Numbered page links with previous/next; the current page is marked and not a link. */
export async function Pagination({
  locale,
  page,
  pageCount,
  href,
}: {
  locale: Locale;
  page: number;
  pageCount: number;
  href: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'pagination' });
  // First, last, and two either side of the current page; gaps shown as "…".
  const shown = [...new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2])]
    .filter((p) => p >= 1 && p <= pageCount)
    .sort((a, b) => a - b);
  const link = 'inline-block min-w-10 rounded border border-rule px-3 py-2 text-center hover:border-ink';
  return (
    <nav aria-label={t('label')} data-testid="pagination">
      <p className="sr-only">{t('status', { page, count: pageCount })}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev" className={link}>
              <span aria-hidden="true">← </span>
              {t('previous')}
            </a>
          </li>
        ) : null}
        {shown.map((p, i) => (
          <li key={p} className="flex items-center gap-2">
            {i > 0 && p - shown[i - 1] > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span
                aria-current="page"
                className="inline-block min-w-10 rounded bg-ink px-3 py-2 text-center font-bold text-paper"
              >
                <span className="sr-only">{t('page', { page: p })}</span>
                <span aria-hidden="true">{p}</span>
              </span>
            ) : (
              <a href={href(p)} className={link} aria-label={t('page', { page: p })}>
                {p}
              </a>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <a href={href(page + 1)} rel="next" className={link}>
              {t('next')}
              <span aria-hidden="true"> →</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
