// The static mirror's manifest (decision 0032): `manifest.json` lists the SHA-256 of every file the export
// wrote, and `manifest.json.sig` is the Ed25519 signature (64 raw bytes) of manifest.json's exact bytes, so a
// mirror operator can check what they publish — with `npm run export:static -- --verify`, or with OpenSSL:
// `openssl pkeyutl -verify -pubin -inkey public.pem -rawin -in manifest.json -sigfile manifest.json.sig`.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.json.sig';

export interface Manifest {
  version: 1;
  /** The primary site the copy was made from. */
  site: string;
  generated: string;
  algorithm: 'sha256';
  /** Relative POSIX path → lowercase hex SHA-256, sorted by path. */
  files: Record<string, string>;
}

/** A relative POSIX path with no `.`/`..` segment, no backslash, no absolute start: safe to join under a folder. */
export function isSafeRelativePath(p: string): boolean {
  if (!p || p.startsWith('/') || p.includes('\\') || p.includes('\0')) return false;
  return p.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Every file under `dir` (relative POSIX paths, sorted), the manifest and its signature left out. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.filter((f) => f !== MANIFEST_FILE && f !== SIGNATURE_FILE).sort();
}

export function buildManifest(dir: string, site: string, generated: Date): Manifest {
  const files: Record<string, string> = {};
  for (const file of listFiles(dir)) files[file] = sha256(fs.readFileSync(path.join(dir, file)));
  return { version: 1, site, generated: generated.toISOString(), algorithm: 'sha256', files };
}

/**
 * A private key from PEM text (PKCS#8), or a freshly generated one (with `generated: true`, so the caller can
 * print its public half). Only Ed25519 keys are accepted.
 */
export function loadOrGenerateKey(pem: string | undefined): { privateKey: KeyObject; generated: boolean } {
  if (!pem) return { privateKey: generateKeyPairSync('ed25519').privateKey, generated: true };
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the signing key must be an Ed25519 private key');
  return { privateKey, generated: false };
}

/** The public key as PEM (SPKI): what mirror operators are given. */
export const publicKeyPem = (privateKey: KeyObject) =>
  createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();

/** A public key from PEM text, or from the base64 of its SPKI DER (one line, easy to paste). */
export function parsePublicKey(text: string): KeyObject {
  const value = text.trim();
  const key = value.startsWith('-----BEGIN')
    ? createPublicKey(value)
    : createPublicKey({ key: Buffer.from(value, 'base64'), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the public key must be an Ed25519 key');
  return key;
}

/** Write manifest.json and its signature into `dir` (after every other file is written). */
export function writeSignedManifest(
  dir: string,
  site: string,
  privateKey: KeyObject,
  generated = new Date(),
): Manifest {
  const manifest = buildManifest(dir, site, generated);
  const bytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), bytes);
  fs.writeFileSync(path.join(dir, SIGNATURE_FILE), sign(null, bytes, privateKey));
  return manifest;
}

export interface Verification {
  ok: boolean;
  /** One line per problem: bad signature, changed, missing or unlisted files. */
  problems: string[];
  files: number;
}

/**
 * Check a folder against its signed manifest: the signature over manifest.json's bytes, then every listed
 * file's hash, then that no file is there that the manifest does not list (an added script is tampering too).
 */
export function verifyExport(dir: string, publicKey: KeyObject): Verification {
  const problems: string[] = [];
  let bytes: Buffer;
  let signature: Buffer;
  try {
    bytes = fs.readFileSync(path.join(dir, MANIFEST_FILE));
    signature = fs.readFileSync(path.join(dir, SIGNATURE_FILE));
  } catch {
    return { ok: false, problems: [`${MANIFEST_FILE} or ${SIGNATURE_FILE} is missing`], files: 0 };
  }
  if (!verify(null, bytes, publicKey, signature))
    return { ok: false, problems: ['the manifest signature does not verify with this public key'], files: 0 };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as Manifest;
  } catch {
    return { ok: false, problems: ['the manifest is not JSON'], files: 0 };
  }
  const listed = Object.entries(manifest.files ?? {});
  for (const [file, hash] of listed) {
    if (!isSafeRelativePath(file)) {
      problems.push(`unsafe path in the manifest: ${file}`);
      continue;
    }
    let data: Buffer;
    try {
      data = fs.readFileSync(path.join(dir, file));
    } catch {
      problems.push(`missing: ${file}`);
      continue;
    }
    if (sha256(data) !== hash) problems.push(`changed: ${file}`);
  }
  const known = new Set(listed.map(([file]) => file));
  for (const file of listFiles(dir)) if (!known.has(file)) problems.push(`not in the manifest: ${file}`);
  return { ok: problems.length === 0, problems, files: listed.length };
}
