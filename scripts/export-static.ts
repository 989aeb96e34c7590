// The static lite mirror (docs/decisions/0032-mirror-hosts-and-static-mirror.md):
//   npm run export:static -- --out dir [--stories N] [--key private.pem]
//   npm run export:static -- --verify dir --public-key public.pem|BASE64
//   npm run export:static -- --generate-key private.pem
// The signing key is --key, else STATIC_EXPORT_KEY_FILE (a path) or STATIC_EXPORT_KEY (PEM text); with none, a
// one-off key is made and its public half printed. With PGlite, stop the server first (the directory is locked).
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { closeDb, PgliteLockedError } from '../lib/db/client';
import { DEFAULT_STORIES, exportStaticSite } from '../lib/static-export/export';
import { loadOrGenerateKey, parsePublicKey, publicKeyPem, verifyExport } from '../lib/static-export/manifest';

const USAGE = `Usage:
  npm run export:static -- --out DIR [--stories N] [--key PRIVATE.pem]
  npm run export:static -- --verify DIR --public-key PUBLIC.pem|BASE64
  npm run export:static -- --generate-key PRIVATE.pem`;

class UsageError extends Error {}

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    stories: { type: 'string', default: String(DEFAULT_STORIES) },
    key: { type: 'string' },
    verify: { type: 'string' },
    'public-key': { type: 'string' },
    'generate-key': { type: 'string' },
  },
});

function printPublicKey(pem: string) {
  const line = pem.replace(/-----[^-]+-----|\s/g, '');
  console.log(`Public key (give it to mirror operators; --public-key takes either form):\n${pem}${line}\n`);
}

async function main(): Promise<number> {
  if (values['generate-key']) {
    const { privateKey } = loadOrGenerateKey(undefined);
    fs.writeFileSync(values['generate-key'], privateKey.export({ type: 'pkcs8', format: 'pem' }), {
      mode: 0o600,
      flag: 'wx',
    });
    console.log(`Private key written to ${values['generate-key']} (keep it secret).`);
    printPublicKey(publicKeyPem(privateKey));
    return 0;
  }
  if (values.verify) {
    const given = values['public-key'];
    if (!given) throw new UsageError('--verify needs --public-key');
    const publicKey = parsePublicKey(fs.existsSync(given) ? fs.readFileSync(given, 'utf8') : given);
    const result = verifyExport(values.verify, publicKey);
    for (const problem of result.problems) console.error(`✗ ${problem}`);
    if (result.ok) console.log(`✓ ${result.files} files match the signed manifest.`);
    return result.ok ? 0 : 1;
  }
  if (!values.out) throw new UsageError(USAGE);
  const stories = Number(values.stories);
  const keyFile = values.key ?? process.env.STATIC_EXPORT_KEY_FILE;
  const pem = keyFile ? fs.readFileSync(keyFile, 'utf8') : process.env.STATIC_EXPORT_KEY;
  const { privateKey, generated } = loadOrGenerateKey(pem);
  const result = await exportStaticSite({ out: values.out, stories, privateKey });
  console.log(`Wrote ${result.files.length} files and a signed manifest to ${values.out}.`);
  if (generated) {
    console.log('No signing key was given: this copy is signed with a one-off key.');
    printPublicKey(publicKeyPem(privateKey));
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (e) {
  const known = e instanceof UsageError || e instanceof PgliteLockedError;
  console.error(known ? `\n${(e as Error).message}\n` : e);
  process.exitCode = known ? 2 : 1;
} finally {
  await closeDb();
}
