import type { AdminT } from '@/lib/admin/i18n';
import { localeConfig, locales } from '@/lib/locales';

/** A plain multipart form (no JavaScript needed) posting to /admin/media/upload. */
export function ImageUploadForm({ articleId, t }: { articleId: string; t: AdminT }) {
  const field = 'w-full rounded border border-rule bg-white px-2 py-1 text-sm';
  return (
    <details className="rounded border border-rule bg-white p-3" data-testid="image-upload">
      <summary className="cursor-pointer font-semibold">{t('image.title')}</summary>
      <form action="/admin/media/upload" method="post" encType="multipart/form-data" className="grid gap-3 pt-3">
        <input type="hidden" name="articleId" value={articleId} />
        <label className="grid gap-1 text-sm">
          {t('image.file')}
          <input type="file" name="file" accept="image/jpeg,image/png,image/webp" required />
        </label>
        <div className="grid gap-3 md:grid-cols-3">
          {locales.map((l) => (
            <div key={l} className="grid gap-1" lang={localeConfig[l].htmlLang}>
              <label className="grid gap-0.5 text-xs">
                {t('image.alt', { language: localeConfig[l].label })}
                <input name={`alt_${l}`} className={field} />
              </label>
              <label className="grid gap-0.5 text-xs">
                {t('image.caption', { language: localeConfig[l].label })}
                <input name={`caption_${l}`} className={field} />
              </label>
            </div>
          ))}
        </div>
        <label className="grid gap-1 text-sm">
          {t('image.credit')}
          <input name="credit" className={field} />
        </label>
        <button type="submit" className="justify-self-start rounded border border-ink px-3 py-1">
          {t('image.submit')}
        </button>
      </form>
    </details>
  );
}
