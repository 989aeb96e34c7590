import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isHttps, newNonce, securityHeaders } from './headers';

/** A policy as a map of directive → source list, as a browser parses it. */
const parse = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values] as const),
  );

describe('Content-Security-Policy', () => {
  it('every page kind forbids plugins, <base> elsewhere and framing', () => {
    for (const kind of ['reader', 'newsroom', 'document'] as const) {
      const p = parse(contentSecurityPolicy(kind, { nonce: 'abc' }));
      expect(p.get('object-src'), kind).toEqual(["'none'"]);
      expect(p.get('base-uri'), kind).toEqual(["'self'"]);
      expect(p.get('frame-ancestors'), kind).toEqual(["'none'"]);
      expect(p.get('default-src'), kind).toEqual(["'self'"]);
      expect(p.get('form-action'), kind).toEqual(["'self'"]);
    }
  });

  it('the newsroom runs only scripts carrying this response nonce: no unsafe-inline, no eval', () => {
    const nonce = newNonce();
    const p = parse(contentSecurityPolicy('newsroom', { nonce }));
    expect(p.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(p.get('script-src-attr')).toEqual(["'none'"]);
    expect(contentSecurityPolicy('newsroom', { nonce })).not.toMatch(/unsafe-eval|'unsafe-inline'[^;]*;[^;]*script/);
    expect(() => contentSecurityPolicy('newsroom')).toThrow(/nonce/);
  });

  it('cached reader pages: inline scripts (Next needs them), but no handlers, no eval, nothing foreign', () => {
    const p = parse(contentSecurityPolicy('reader'));
    expect(p.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(p.get('script-src-attr')).toEqual(["'none'"]);
    expect(p.get('connect-src')).toEqual(["'self'"]);
    expect(p.get('style-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy('reader')).not.toContain('unsafe-eval');
    // A nonce or hash would make browsers ignore 'unsafe-inline' and block Next's scripts.
    expect(contentSecurityPolicy('reader')).not.toMatch(/nonce-|sha256-/);
  });

  it('documents of ours run no script at all; resources are sandboxed and load nothing', () => {
    expect(parse(contentSecurityPolicy('document')).get('script-src')).toEqual(["'none'"]);
    const r = parse(contentSecurityPolicy('resource'));
    expect(r.get('default-src')).toEqual(["'none'"]);
    expect(r.has('sandbox')).toBe(true);
    expect(r.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('no host names: every page works from any mirror', () => {
    for (const kind of ['reader', 'newsroom', 'document', 'resource'] as const)
      expect(contentSecurityPolicy(kind, { nonce: 'n', https: true })).not.toMatch(/https?:|\w\.\w/);
  });

  it('upgrade-insecure-requests and HSTS only over https', () => {
    expect(contentSecurityPolicy('reader', { https: true })).toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy('reader')).not.toContain('upgrade-insecure-requests');
    expect(securityHeaders('reader', { https: true })['Strict-Transport-Security']).toMatch(/^max-age=\d{8}/);
    expect(securityHeaders('reader')).not.toHaveProperty('Strict-Transport-Security');
  });
});

describe('securityHeaders', () => {
  it('sends the usual protections with every kind', () => {
    const h = securityHeaders('resource');
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(h['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(h['Permissions-Policy']).toMatch(/camera=\(\)/);
    expect(h['Permissions-Policy']).toMatch(/geolocation=\(\)/);
  });

  it('nonces are fresh and long enough', () => {
    const a = newNonce();
    expect(a).not.toBe(newNonce());
    expect(atob(a)).toHaveLength(16);
  });

  it('https is what the TLS proxy in front says, else the URL', () => {
    expect(isHttps(new Request('http://x/be', { headers: { 'x-forwarded-proto': 'https' } }))).toBe(true);
    expect(isHttps(new Request('http://x/be', { headers: { 'x-forwarded-proto': 'http' } }))).toBe(false);
    expect(isHttps(new Request('https://x/be'))).toBe(true);
    expect(isHttps(new Request('http://x/be'))).toBe(false);
  });
});
