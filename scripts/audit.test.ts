// The audit step of `npm test`: what counts as a failure, and that an audit which could not run is never
// reported as clean (decision 0018).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeAudit } from './audit';

const root = path.resolve(import.meta.dirname, '..');

describe('judgeAudit', () => {
  it('high or critical advisories in production dependencies fail, with the fix to apply', () => {
    const v = judgeAudit(
      JSON.stringify({
        auditReportVersion: 2,
        vulnerabilities: {
          lodash: { severity: 'critical', fixAvailable: true },
          minimist: { severity: 'moderate', fixAvailable: true },
          sharp: { severity: 'high', fixAvailable: { name: 'sharp', version: '0.35.6' } },
        },
        metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 1, critical: 1, total: 3 } },
      }),
    );
    expect(v).toMatchObject({
      kind: 'vulnerable',
      packages: [
        { name: 'lodash', fix: 'npm audit fix' },
        { name: 'sharp', fix: 'sharp@0.35.6' },
      ],
    });
  });

  it('moderate and low ones do not fail', () => {
    const v = judgeAudit(
      JSON.stringify({
        vulnerabilities: { a: { severity: 'moderate' } },
        metadata: { vulnerabilities: { moderate: 1, high: 0, critical: 0, total: 1 } },
      }),
    );
    expect(v.kind).toBe('clean');
  });

  it('an unreachable or refusing audit service is "unavailable", never clean', () => {
    expect(
      judgeAudit(
        JSON.stringify({ message: '405 Method Not Allowed - POST https://registry/-/npm/v1/security/advisories/bulk' }),
      ).kind,
    ).toBe('unavailable');
    expect(
      judgeAudit(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to registry failed' } })).kind,
    ).toBe('unavailable');
    expect(judgeAudit('').kind).toBe('unavailable');
    expect(judgeAudit('npm error something').kind).toBe('unavailable');
  });

  it('the script says so loudly and fails only when AUDIT_REQUIRED=1 (registry answering 405 or not at all)', () => {
    // An unreachable registry: nothing listens on port 9 of this machine.
    const env = { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_fetch_retries: '0' };
    const run = (extra: Record<string, string>) =>
      spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/audit.ts')], {
        cwd: root,
        env: { ...env, ...extra },
        encoding: 'utf8',
      });
    const lenient = run({ AUDIT_REQUIRED: '' });
    expect(lenient.stderr).toContain('WARNING: the dependency audit could NOT run');
    expect(lenient.status).toBe(0);
    const strict = run({ AUDIT_REQUIRED: '1' });
    expect(strict.stderr).toContain('FAILED');
    expect(strict.status).toBe(1);
  });
});
