// `npm run cluster` without starting anything: PGlite is refused with a message saying what to do, and the VCL
// gets the instances' ports.
import { describe, expect, it } from 'vitest';
import { pgliteUrl } from '@/lib/db/config';
import { ClusterRefused, clusterVcl, startCluster } from './cluster-topology';

describe('startCluster', () => {
  it('refuses the embedded PGlite database, clearly', async () => {
    const refused = startCluster({ databaseUrl: pgliteUrl('/tmp/some-pglite'), log: () => {} });
    await expect(refused).rejects.toBeInstanceOf(ClusterRefused);
    await expect(refused).rejects.toThrow(/PGlite.*one process.*PostgreSQL/);
  });
});

describe('clusterVcl', () => {
  it("writes one backend per instance port into the repository's VCL", () => {
    const vcl = clusterVcl([4001, 4002, 4003]);
    expect(vcl.match(/\.port = "(\d+)"/g)).toEqual(['.port = "4001"', '.port = "4002"', '.port = "4003"']);
    expect(vcl).toContain('apps.add_backend(app3);');
    expect(vcl).not.toContain('"3311"');
  });
});
