import { RichText } from '@/components/RichText';
import { localeConfig, type Locale } from '@/lib/locales';
import type { RichTextDoc } from '@/lib/richtext/types';

/** The language version a translation is made from, shown beside the form. */
export function SourcePanel({
  heading,
  title,
  lede,
  body,
  locale,
}: {
  heading: string;
  title: string;
  lede: string;
  body: RichTextDoc;
  locale: Locale;
}) {
  return (
    <aside
      className="grid content-start gap-3 rounded border border-rule bg-white p-4"
      aria-label={heading}
      data-testid="source-panel"
    >
      <h2 className="text-sm font-semibold uppercase text-muted">{heading}</h2>
      <div lang={localeConfig[locale].htmlLang} className="grid gap-3">
        <p className="text-xl font-bold">{title}</p>
        <p className="font-semibold">{lede}</p>
        <RichText doc={body} locale={locale} />
      </div>
    </aside>
  );
}
