// A user's sessions as a table (device, address as recorded, signed in, last active), each with a form
// that ends it. Used on the account page (own sessions) and the users page (admins, anyone's).
import type { AdminT } from '@/lib/admin/i18n';
import { type Locale, formatDateTime } from '@/lib/locales';
import { describeUserAgent, type SessionInfo } from '@/lib/auth/sessions';

export function SessionList({ sessions, currentId, endAction, userId, t, locale }: {
  sessions: SessionInfo[];
  currentId?: string;
  endAction: (form: FormData) => Promise<void>;
  /** Sent with each form when an admin ends someone else's session. */
  userId?: string;
  t: AdminT;
  locale: Locale;
}) {
  if (sessions.length === 0) return <p>{t('security.sessions.none')}</p>;
  const cell = 'border-b border-rule p-2 text-start';
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm" data-testid="sessions">
        <thead>
          <tr>
            <th className={cell}>{t('security.sessions.device')}</th>
            <th className={cell}>{t('security.sessions.address')}</th>
            <th className={cell}>{t('security.sessions.created')}</th>
            <th className={cell}>{t('security.sessions.lastActive')}</th>
            <th className={cell}><span className="sr-only">{t('security.sessions.end')}</span></th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td className={cell}>
                {describeUserAgent(s.userAgent) || t('security.sessions.unknown')}
                {s.id === currentId ? <strong> · {t('security.sessions.current')}</strong> : null}
              </td>
              <td className={cell}>{s.ipAddress || t('security.sessions.unknown')}</td>
              <td className={`${cell} whitespace-nowrap`}>{formatDateTime(s.createdAt, locale)}</td>
              <td className={`${cell} whitespace-nowrap`}>{formatDateTime(s.lastActiveAt, locale)}</td>
              <td className={cell}>
                <form action={endAction}>
                  <input type="hidden" name="sessionId" value={s.id} />
                  {userId ? <input type="hidden" name="userId" value={userId} /> : null}
                  <button type="submit" className="rounded border border-ink px-2 py-1">{t('security.sessions.end')}</button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
