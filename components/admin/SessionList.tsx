// A user's sessions as a list (device, address as recorded, signed in, last active), each with a form
// that ends it. Used on the account page (own sessions) and the users page (admins, anyone's).
import type { AdminT } from '@/lib/admin/i18n';
import { type Locale } from '@/lib/locales';
import { formatDateTime } from '@/lib/time/minsk';
import { describeUserAgent, type SessionInfo } from '@/lib/auth/sessions';

export function SessionList({
  sessions,
  currentId,
  endAction,
  userId,
  t,
  locale,
}: {
  sessions: SessionInfo[];
  currentId?: string;
  endAction: (form: FormData) => Promise<void>;
  /** Sent with each form when an admin ends someone else's session. */
  userId?: string;
  t: AdminT;
  locale: Locale;
}) {
  if (sessions.length === 0) return <p>{t('security.sessions.none')}</p>;
  // A list of labelled entries rather than a table: five columns do not fit a phone.
  return (
    <ul className="divide-y divide-rule border-y border-rule bg-white text-sm" data-testid="sessions">
      {sessions.map((s) => (
        <li key={s.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 p-2">
          <dl className="grid min-w-0 grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
            <dt className="text-muted">{t('security.sessions.device')}</dt>
            <dd className="break-words">
              {describeUserAgent(s.userAgent) || t('security.sessions.unknown')}
              {s.id === currentId ? <strong> · {t('security.sessions.current')}</strong> : null}
            </dd>
            <dt className="text-muted">{t('security.sessions.address')}</dt>
            <dd className="break-all">{s.ipAddress || t('security.sessions.unknown')}</dd>
            <dt className="text-muted">{t('security.sessions.created')}</dt>
            <dd>{formatDateTime(s.createdAt, locale)}</dd>
            <dt className="text-muted">{t('security.sessions.lastActive')}</dt>
            <dd>{formatDateTime(s.lastActiveAt, locale)}</dd>
          </dl>
          <form action={endAction}>
            <input type="hidden" name="sessionId" value={s.id} />
            {userId ? <input type="hidden" name="userId" value={userId} /> : null}
            <button type="submit" className="min-h-11 rounded border border-ink px-3 py-1">
              {t('security.sessions.end')}
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
