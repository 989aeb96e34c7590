import { KeptForm } from '@/components/admin/KeptForm.client';
import type { KeptFormState } from '@/lib/admin/form-state';
import type { AdminT } from '@/lib/admin/i18n';
import { localeConfig, locales } from '@/lib/locales';

export interface ImageTexts {
  file: string;
  credit: string;
  translations: { locale: string; alt: string; caption: string }[];
}

/** Alt text and caption of the story's main picture, per language. */
/** `save`: the server action (app/admin/_actions/media.ts), passed in by the page. */
export function ImageTextsForm({
  articleId,
  media,
  t,
  save,
}: {
  articleId: string;
  media: ImageTexts;
  t: AdminT;
  save: (prev: KeptFormState, form: FormData) => Promise<KeptFormState>;
}) {
  const field = 'w-full rounded border border-rule bg-white px-2 py-1 text-sm';
  return (
    <details className="rounded border border-rule bg-white p-3" data-testid="image-texts">
      <summary className="cursor-pointer font-semibold">{t('image.current')}</summary>
      <KeptForm action={save} className="grid gap-3 pt-3">
        <input type="hidden" name="articleId" value={articleId} />
        {/* eslint-disable-next-line @next/next/no-img-element -- a small thumbnail in the newsroom */}
        <img src={media.file} alt="" className="h-24 w-auto self-start rounded" />
        <div className="grid gap-3 md:grid-cols-3">
          {locales.map((l) => {
            const tr = media.translations.find((x) => x.locale === l);
            return (
              <div key={l} className="grid gap-1" lang={localeConfig[l].htmlLang}>
                <label className="grid gap-0.5 text-xs">
                  {t('image.alt', { language: localeConfig[l].label })}
                  <input name={`alt_${l}`} defaultValue={tr?.alt ?? ''} className={field} />
                </label>
                <label className="grid gap-0.5 text-xs">
                  {t('image.caption', { language: localeConfig[l].label })}
                  <input name={`caption_${l}`} defaultValue={tr?.caption ?? ''} className={field} />
                </label>
              </div>
            );
          })}
        </div>
        <label className="grid gap-1 text-sm">
          {t('image.credit')}
          <input name="credit" defaultValue={media.credit} className={field} />
        </label>
        <button type="submit" className="justify-self-start rounded border border-ink px-3 py-1">
          {t('image.saveTexts')}
        </button>
      </KeptForm>
    </details>
  );
}
