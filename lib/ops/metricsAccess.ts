// Who may read /metrics: the bearer of METRICS_TOKEN (compared in constant time); nobody when it is unset.
import { timingSafeEqual } from 'node:crypto';

export function isMetricsRequest(authorization: string | null): 'ok' | 'disabled' | 'unauthorized' {
  const token = process.env.METRICS_TOKEN?.trim();
  if (!token) return 'disabled';
  const given = Buffer.from(authorization?.startsWith('Bearer ') ? authorization.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'ok' : 'unauthorized';
}
