// `npm run user:create -- --email a@b.c --role admin [--name "Name"] [--update]`
// The password comes from NEWSROOM_PASSWORD or, when unset, a hidden prompt. With PGlite, stop the server
// first: the database directory is locked by whoever has it open (a clear error says so).
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { openDatabase, PgliteLockedError, resolveDatabaseConfig } from '../lib/db/client';
import { UserInputError, upsertUser } from '../lib/auth/users';
import { isRole } from '../lib/auth/roles';

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!process.stdin.isTTY) {
      reject(new UserInputError('No terminal to ask for the password: set NEWSROOM_PASSWORD.'));
      return;
    }
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    let asked = false;
    out._writeToOutput = (s: string) => {
      if (!asked) out.output.write(s);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    asked = true;
  });
}

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string', default: 'admin' },
    name: { type: 'string' },
    update: { type: 'boolean', default: false },
  },
});

let database: ReturnType<typeof openDatabase> | undefined;
try {
  if (!values.email)
    throw new UserInputError(
      'Usage: npm run user:create -- --email you@example.org --role admin [--name "Your Name"] [--update]',
    );
  if (!isRole(values.role))
    throw new UserInputError(`--role must be contributor, author, editor or admin (got "${values.role}")`);
  const password = process.env.NEWSROOM_PASSWORD ?? (await promptHidden('Password (at least 10 characters): '));
  database = openDatabase(resolveDatabaseConfig(), { purpose: 'npm run user:create' });
  const { created, email } = await upsertUser(
    database.client,
    { email: values.email, role: values.role, name: values.name, password },
    { update: values.update },
  );
  await database.client.auditLog.create({
    data: { actor: 'cli', action: 'user-create', targetType: 'user', targetId: email, detail: values.role },
  });
  console.log(`${created ? 'Created' : 'Updated'} ${email} (${values.role}).`);
} catch (e) {
  console.error(e instanceof UserInputError || e instanceof PgliteLockedError ? `\n${(e as Error).message}\n` : e);
  process.exitCode = 1;
} finally {
  await database?.close();
}
