// `npm run import:wordpress -- path/to/export.xml [--media path/to/wp-content/uploads] [--report report.json]
//   [--as admin@example.org] [--language be]`
// Imports a WordPress export (decision 0034; the work is lib/import/wordpress/importer.ts). Safe to run again: what
// was imported is found and left alone, and an interrupted run continues. With PGlite, stop the server first (the
// database directory is locked by whoever has it open).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openDatabase, PgliteLockedError, resolveDatabaseConfig, setProcessDatabase } from '../lib/db/client';
import { invalidateFromBackground } from '../lib/cache/invalidate';
import { importWordPress, localeOf, WxrError, type ImportReport } from '../lib/import/wordpress/importer';

class UsageError extends Error {}

const USAGE =
  'Usage: npm run import:wordpress -- export.xml [--media wp-content/uploads] [--report report.json] [--as admin-email] [--language be|ru|en]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    media: { type: 'string' },
    report: { type: 'string', default: 'wordpress-import-report.json' },
    as: { type: 'string' },
    language: { type: 'string', default: 'be' },
  },
});

function summary(report: ImportReport): string {
  const lines = [
    `${report.posts} posts in ${report.source}: ${report.counts.imported} imported, ${report.counts.unchanged} already imported, ` +
      `${report.counts.skipped} skipped, ${report.counts.failed} failed.`,
  ];
  if (report.repairedLines.length)
    lines.push(`Lines read as Windows-1251 (not UTF-8): ${report.repairedLines.slice(0, 20).join(', ')}`);
  for (const item of report.items) {
    const head = `  #${item.postId} (line ${item.line}) ${item.title.slice(0, 60)}`;
    if (item.outcome === 'skipped' || item.outcome === 'failed') lines.push(`${head}: ${item.outcome}: ${item.reason}`);
    else if (item.reason) lines.push(`${head}: ${item.reason}`);
    for (const issue of item.issues) lines.push(`${head}: ${issue}`);
  }
  return lines.join('\n');
}

let database: ReturnType<typeof openDatabase> | undefined;
let bar: cliProgress.SingleBar | undefined;
try {
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(USAGE);
  const language = localeOf(values.language);
  if (!language) throw new UsageError(`--language must be be, ru or en (got "${values.language}")`);
  if (values.media && !fs.statSync(values.media, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`--media ${values.media} is not a folder`);
  const bytes = fs.readFileSync(file);

  database = openDatabase(resolveDatabaseConfig(), { purpose: 'npm run import:wordpress' });
  setProcessDatabase(database);
  const admin = await database.client.user.findFirst({
    where: { role: 'admin', disabledAt: null, ...(values.as ? { email: values.as.toLowerCase() } : {}) },
    orderBy: { createdAt: 'asc' },
  });
  if (!admin)
    throw new UsageError(
      values.as
        ? `No active admin account ${values.as}.`
        : 'The import is recorded as an admin’s work: create one first (npm run user:create -- --email … --role admin).',
    );

  // A progress bar on a terminal; nothing when the output goes to a file or a pipe.
  if (process.stderr.isTTY)
    bar = new cliProgress.SingleBar(
      { format: 'Importing stories [{bar}] {value}/{total}', stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
  const report = await importWordPress(bytes, {
    actor: { id: admin.id, role: 'admin', email: admin.email },
    uploadsDir: values.media,
    defaultLanguage: language,
    onProgress: (done, total) => {
      if (!bar) return;
      if (done === 0) bar.start(total, 0);
      else bar.update(done);
    },
  });
  bar?.stop();
  fs.writeFileSync(values.report!, `${JSON.stringify(report, null, 2)}\n`);
  console.log(summary(report));
  console.log(`Report: ${path.resolve(values.report!)}`);
  if (report.changes.length) {
    // The running server drops its cached pages; with none running, they are rendered afresh when it starts.
    await invalidateFromBackground(...report.changes, { kind: 'site' }).catch(() =>
      console.log(
        'No running server answered /api/revalidate: pages it cached show the imported stories once they are rendered again.',
      ),
    );
  }
  if (report.counts.failed) process.exitCode = 2;
} catch (e) {
  bar?.stop();
  if (e instanceof WxrError)
    console.error(`\nThe file is not a readable WordPress export (nothing was imported): ${e.message}\n`);
  else if (e instanceof UsageError || e instanceof PgliteLockedError) console.error(`\n${e.message}\n`);
  else console.error(e);
  process.exitCode = 1;
} finally {
  setProcessDatabase(undefined);
  await database?.close();
}
