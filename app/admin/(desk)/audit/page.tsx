import { listAudit } from '@/lib/admin/audit';
import { adminT } from '@/lib/admin/i18n';
import { canViewAudit } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/time/minsk';

export default async function AuditPage() {
  const user = await requireUser();
  const { locale, t } = await adminT();
  if (!canViewAudit(user)) return <p role="alert">{t('editor.forbidden')}</p>;
  const entries = await listAudit();
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-black">{t('audit.title')}</h1>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm" data-testid="audit-table">
          <thead>
            <tr className="text-start">
              <th className="border-b border-rule p-2 text-start">{t('audit.when')}</th>
              <th className="border-b border-rule p-2 text-start">{t('audit.who')}</th>
              <th className="border-b border-rule p-2 text-start">{t('audit.what')}</th>
              <th className="border-b border-rule p-2 text-start">{t('audit.target')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="border-b border-rule p-2 whitespace-nowrap">{formatDateTime(e.at, locale)}</td>
                <td className="border-b border-rule p-2">{e.actor}</td>
                <td className="border-b border-rule p-2">
                  {e.action}
                  {e.count > 1 ? ` ×${e.count}` : ''}
                </td>
                <td className="border-b border-rule p-2">
                  {e.targetType ? `${e.targetType} ${e.targetId}` : ''} {e.detail}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
