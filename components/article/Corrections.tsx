import { Timestamp } from '@/components/time/Timestamp';
import type { Locale } from '@/lib/locales';
import type { CorrectionNotice } from '@/lib/news/types';
import { formatDateTime } from '@/lib/time/minsk';
import { articleClasses, type ArticleLook } from './look';

/**
 * The story's correction notices (decision 0028), after the body as news sites print them: "Correction,
 * 2.12.2026, 14:05: …" in Minsk time, oldest first. The reader page, the preview and the lite page. Nothing when
 * there are none.
 */
export function Corrections({
  notices,
  locale,
  label,
  look,
}: {
  notices: CorrectionNotice[];
  locale: Locale;
  /** "Correction". */
  label: string;
  look?: ArticleLook;
}) {
  if (notices.length === 0) return null;
  const c = articleClasses(look);
  return (
    <aside className={c.corrections} aria-label={label} data-testid="corrections">
      {notices.map((n, i) => (
        <p key={`${n.at.toISOString()}-${i}`} data-testid="correction">
          <strong className={c.correctionLabel}>
            {label},{' '}
            {look === 'lite' ? (
              // As in Byline: the lite markup keeps the attribute's HTML spelling.
              <time {...{ datetime: n.at.toISOString() }}>{formatDateTime(n.at, locale)}</time>
            ) : (
              <Timestamp date={n.at} locale={locale} />
            )}
            :
          </strong>{' '}
          {n.text}
        </p>
      ))}
    </aside>
  );
}
