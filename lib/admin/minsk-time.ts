// Schedule times: editors type and read Minsk wall-clock time; the database stores UTC instants.
import { TZDate } from '@date-fns/tz';
import { NEWSROOM_TIME_ZONE } from '@/lib/locales';

/** `2026-11-28T18:30` (or with `:ss`), read as Minsk time → the UTC instant; null when malformed. */
export function fromMinskLocal(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const date = new TZDate(y, mo - 1, d, h, mi, s, NEWSROOM_TIME_ZONE);
  // Reject dates that rolled over (31 February → 3 March).
  if (date.getDate() !== d || date.getMonth() !== mo - 1) return null;
  return new Date(date.getTime());
}

/** The instant as `yyyy-MM-ddTHH:mm:ss` Minsk wall-clock time (a datetime-local input's value). */
export function toMinskLocal(date: Date): string {
  const z = new TZDate(date.getTime(), NEWSROOM_TIME_ZONE);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${z.getFullYear()}-${p(z.getMonth() + 1)}-${p(z.getDate())}T${p(z.getHours())}:${p(z.getMinutes())}:${p(z.getSeconds())}`;
}
