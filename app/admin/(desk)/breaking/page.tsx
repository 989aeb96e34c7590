import { saveBreakingAction } from '@/app/admin/_actions/breaking';
import { KeptForm } from '@/components/admin/KeptForm.client';
import { NewsroomTimeInput } from '@/components/admin/NewsroomTimeInput';
import { SaveOutcome } from '@/components/admin/Notice';
import { listBanners } from '@/lib/admin/breaking';
import { adminT } from '@/lib/admin/i18n';
import { canManageBreaking } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { localeConfig, locales } from '@/lib/locales';
import { formatDateTime, toNewsroomTime } from '@/lib/time/minsk';

export default async function BreakingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireUser();
  const { locale: ui, t } = await adminT();
  if (!canManageBreaking(user)) return <p role="alert">{t('editor.forbidden')}</p>;
  const sp = await searchParams;
  const rows = await listBanners();
  const now = new Date();
  const field = 'w-full rounded border border-rule bg-white px-2 py-1';
  return (
    <div className="grid max-w-3xl gap-4">
      <h1 className="text-2xl font-black">{t('breaking.title')}</h1>
      <SaveOutcome sp={sp} t={t} page="breaking" />
      {locales.map((l) => {
        const row = rows.find((r) => r.locale === l);
        const active = row && row.expiresAt > now;
        const language = localeConfig[l].label;
        return (
          <KeptForm
            key={l}
            id={l}
            action={saveBreakingAction}
            className="grid gap-2 rounded border border-rule bg-white p-3"
            lang={localeConfig[l].htmlLang}
          >
            <input type="hidden" name="locale" value={l} />
            <p className="text-sm text-muted">
              {active ? t('breaking.active', { time: formatDateTime(row.expiresAt, ui) }) : t('breaking.none')}
            </p>
            <label className="grid gap-1 text-sm">
              {t('breaking.text', { language })}
              <input name="text" maxLength={200} defaultValue={row?.text ?? ''} className={field} />
            </label>
            <label className="grid gap-1 text-sm">
              {t('breaking.url', { language })}
              <input name="url" defaultValue={row?.url ?? ''} className={field} />
            </label>
            <div className="grid gap-1 text-sm">
              <label htmlFor={`breaking-${l}-expiresAt`}>{t('breaking.expires')}</label>
              <NewsroomTimeInput
                id={`breaking-${l}-expiresAt`}
                name="expiresAt"
                aria-describedby={`breaking-${l}-expiresAt-hint`}
                defaultValue={toNewsroomTime(row && active ? row.expiresAt : new Date(now.getTime() + 3 * 3600_000))}
              />
              <span id={`breaking-${l}-expiresAt-hint`} className="text-xs text-muted">
                {t('field.timeFormat')}
              </span>
            </div>
            <div className="flex gap-2">
              <button type="submit" name="intent" value="save" className="rounded bg-brand px-3 py-1 text-white">
                {t('breaking.save')}
              </button>
              {row ? (
                <button type="submit" name="intent" value="clear" className="rounded border border-ink px-3 py-1">
                  {t('breaking.clear')}
                </button>
              ) : null}
            </div>
          </KeptForm>
        );
      })}
    </div>
  );
}
