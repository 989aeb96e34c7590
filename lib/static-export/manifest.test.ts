import { createHash, generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  isSafeRelativePath,
  loadOrGenerateKey,
  MANIFEST_FILE,
  parsePublicKey,
  publicKeyPem,
  SIGNATURE_FILE,
  verifyExport,
  writeSignedManifest,
} from './manifest';

let dir = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  fs.mkdirSync(path.join(dir, 'be', 'news'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><p>front</p>');
  fs.writeFileSync(path.join(dir, 'be', 'news', 'a.html'), '<!doctype html><p>Навіна</p>');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function signed() {
  const { privateKey } = loadOrGenerateKey(undefined);
  const manifest = writeSignedManifest(dir, 'https://rekha.example', privateKey, new Date('2026-01-02T03:04:05Z'));
  return { manifest, publicKey: parsePublicKey(publicKeyPem(privateKey)) };
}

describe('signed manifest', () => {
  it('lists every file with its SHA-256 and verifies', () => {
    const { manifest, publicKey } = signed();
    expect(Object.keys(manifest.files)).toEqual(['be/news/a.html', 'index.html']);
    expect(manifest.files['index.html']).toBe(createHash('sha256').update('<!doctype html><p>front</p>').digest('hex'));
    expect(verifyExport(dir, publicKey)).toEqual({ ok: true, problems: [], files: 2 });
  });

  it('detects a changed file', () => {
    const { publicKey } = signed();
    fs.appendFileSync(path.join(dir, 'be', 'news', 'a.html'), '<script src="https://evil.example/x.js"></script>');
    expect(verifyExport(dir, publicKey)).toMatchObject({ ok: false, problems: ['changed: be/news/a.html'] });
  });

  it('detects a missing file and a file the manifest does not list', () => {
    const { publicKey } = signed();
    fs.rmSync(path.join(dir, 'index.html'));
    fs.writeFileSync(path.join(dir, 'be', 'extra.js'), 'alert(1)');
    expect(verifyExport(dir, publicKey).problems).toEqual(['missing: index.html', 'not in the manifest: be/extra.js']);
  });

  it('detects an edited manifest (a new hash for a changed file) and a foreign key', () => {
    const { publicKey } = signed();
    const file = path.join(dir, MANIFEST_FILE);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/"index.html": "[0-9a-f]+"/, '"index.html": "00"'));
    expect(verifyExport(dir, publicKey)).toMatchObject({ ok: false, files: 0 });
    signed();
    const other = parsePublicKey(publicKeyPem(generateKeyPairSync('ed25519').privateKey));
    expect(verifyExport(dir, other).problems).toEqual(['the manifest signature does not verify with this public key']);
  });

  it('fails without a signature', () => {
    const { publicKey } = signed();
    fs.rmSync(path.join(dir, SIGNATURE_FILE));
    expect(verifyExport(dir, publicKey).ok).toBe(false);
  });

  it('reads a given PEM key, refuses other key types, and takes the public key as one base64 line', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const loaded = loadOrGenerateKey(pem);
    expect(loaded.generated).toBe(false);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    expect(() => loadOrGenerateKey(rsa.toString())).toThrow(/Ed25519/);
    writeSignedManifest(dir, 'https://rekha.example', loaded.privateKey);
    const line = publicKeyPem(privateKey).replace(/-----[^-]+-----|\s/g, '');
    expect(verifyExport(dir, parsePublicKey(line)).ok).toBe(true);
  });

  it.each([
    ['be/news/a.html', true],
    ['../etc/passwd', false],
    ['/etc/passwd', false],
    ['be/../../x', false],
    ['be//x', false],
    ['be\\x', false],
    ['./x', false],
  ])('isSafeRelativePath(%s) = %s', (p, expected) => {
    expect(isSafeRelativePath(p)).toBe(expected);
  });
});
