import { describe, expect, it } from 'vitest';
import { checkHost, HostConfigError, isOnionRequest, onionLocation, parseHostConfig } from './hosts';

const ONION = `${'a'.repeat(54)}23.onion`;
const env = {
  SITE_URL: 'https://rekha.example/',
  MIRROR_HOSTS: 'mirror-one.example, https://mirror-two.example:8443 http://plain.example',
  ONION_HOST: ONION,
};
const config = parseHostConfig(env);
const headers = (host: string | null, forwarded?: string) => {
  const h = new Headers();
  if (host !== null) h.set('host', host);
  if (forwarded !== undefined) h.set('x-forwarded-host', forwarded);
  return h;
};

describe('parseHostConfig', () => {
  it('reads the primary, the mirrors and the onion as origins', () => {
    expect(config.primary).toBe('https://rekha.example');
    expect(config.mirrors).toEqual([
      'https://mirror-one.example',
      'https://mirror-two.example:8443',
      'http://plain.example',
    ]);
    expect(config.onion).toBe(`http://${ONION}`);
    expect([...config.hosts]).toEqual([
      'rekha.example',
      'mirror-one.example',
      'mirror-two.example:8443',
      'plain.example',
      ONION,
      // The server's own loopback address, for its background calls (PORT unset: 3000).
      '127.0.0.1:3000',
    ]);
  });

  it('answers the internal origin the server calls itself on', () => {
    const c = parseHostConfig({ SITE_URL: 'https://rekha.example', PORT: '8080' });
    expect(checkHost(headers('127.0.0.1:8080'), false, c)).toEqual({ ok: true });
    expect(checkHost(headers('127.0.0.1:3000'), false, c)).toMatchObject({ status: 421 });
    const given = parseHostConfig({ SITE_URL: 'https://rekha.example', INTERNAL_ORIGIN: 'http://app.internal:3000/' });
    expect(checkHost(headers('app.internal:3000'), false, given)).toEqual({ ok: true });
    expect(checkHost(headers('127.0.0.1:3000'), false, given)).toMatchObject({ status: 421 });
  });

  it('leaves out duplicates and the primary named again as a mirror', () => {
    const c = parseHostConfig({ SITE_URL: 'https://rekha.example', MIRROR_HOSTS: 'rekha.example,m.example,M.EXAMPLE' });
    expect(c.mirrors).toEqual(['https://m.example']);
  });

  it.each([
    ['SITE_URL', 'https://rekha.example/be'],
    ['SITE_URL', 'ftp://rekha.example'],
    ['SITE_URL', 'https://user:pw@rekha.example'],
    ['MIRROR_HOSTS', 'mirror.example/path'],
    ['MIRROR_HOSTS', 'https://mirror.example?x=1'],
    ['MIRROR_HOSTS', 'javascript:alert(1)'],
    ['MIRROR_HOSTS', 'bad_host.example'],
    ['MIRROR_HOSTS', ONION],
    ['ONION_HOST', 'short.onion'],
    ['ONION_HOST', 'rekha.example'],
    ['ONION_HOST', `${'A'.repeat(56)}.onion.example`],
  ])('refuses %s=%s', (variable, value) => {
    expect(() => parseHostConfig({ SITE_URL: 'https://rekha.example', [variable]: value })).toThrow(HostConfigError);
  });

  it('answers any loopback host only while SITE_URL is not set (development)', () => {
    const dev = parseHostConfig({});
    expect(dev.primary).toBe('http://localhost:3000');
    expect(checkHost(headers('localhost:3999'), false, dev)).toEqual({ ok: true });
    expect(checkHost(headers('127.0.0.1:4000'), false, dev)).toEqual({ ok: true });
    expect(checkHost(headers('evil.example'), false, dev)).toMatchObject({ ok: false, status: 421 });
    expect(checkHost(headers('localhost:3999'), false, config)).toMatchObject({ ok: false, status: 421 });
  });
});

describe('checkHost', () => {
  it.each([
    ['rekha.example'],
    ['REKHA.example'],
    ['rekha.example:443'],
    ['mirror-one.example'],
    ['mirror-two.example:8443'],
    ['plain.example:80'],
    [ONION],
  ])('answers %s', (host) => {
    expect(checkHost(headers(host), true, config)).toEqual({ ok: true });
  });

  it.each([
    ['evil.example', 421],
    ['rekha.example.evil.example', 421],
    ['evilrekha.example', 421],
    ['mirror-two.example', 421],
    ['mirror-two.example:8444', 421],
    ['rekha.example:8080', 421],
    ['rekha.example@evil.example', 400],
    ['rekha.example/evil', 400],
    ['a b', 400],
    ['evil..', 400],
    ['[::1', 400],
    ['127.0.0.1:99999', 400],
    ['', 400],
  ])('refuses Host %s with %i', (host, status) => {
    expect(checkHost(headers(host), true, config)).toMatchObject({ ok: false, status });
  });

  it('refuses a request without a Host header', () => {
    expect(checkHost(headers(null), true, config)).toMatchObject({ ok: false, status: 400 });
  });

  it('checks every X-Forwarded-Host value as well as Host', () => {
    expect(checkHost(headers('rekha.example', 'mirror-one.example'), true, config)).toEqual({ ok: true });
    expect(checkHost(headers('rekha.example', 'evil.example'), true, config)).toMatchObject({ status: 421 });
    expect(checkHost(headers('rekha.example', 'mirror-one.example, evil.example'), true, config)).toMatchObject({
      status: 421,
    });
    expect(checkHost(headers('rekha.example', 'evil.example/x'), true, config)).toMatchObject({ status: 400 });
  });
});

describe('Onion-Location', () => {
  it('names the same path and query on the onion host', () => {
    expect(onionLocation('/be/news/x?y=1', config)).toBe(`http://${ONION}/be/news/x?y=1`);
  });

  it('is absent without an onion host, and for anything that is not a site path', () => {
    expect(onionLocation('/be', parseHostConfig({ SITE_URL: 'https://rekha.example' }))).toBeNull();
    expect(onionLocation('//evil.example/x', config)).toBeNull();
    expect(onionLocation('https://evil.example', config)).toBeNull();
  });

  it('knows a request that already came through the onion host', () => {
    expect(isOnionRequest(headers(ONION), config)).toBe(true);
    expect(isOnionRequest(headers('rekha.example'), config)).toBe(false);
  });
});
