import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Reader pages navigate with plain links (full page loads, no client router work): docs/decisions/0004.
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // Pages, route handlers, actions and components reach the database only through lib/ (lib/news for
    // readers, lib/admin and lib/auth for the newsroom): every newsroom write goes through one door that
    // checks, audits and invalidates (docs/decisions/0021). Tests beside them set up rows through lib/ test helpers
    // (e.g. lib/news/testing/articles.ts) too.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@/lib/db',
                '@/lib/db/*',
                '**/lib/db',
                '**/lib/db/*',
                '@/lib/generated/*',
                '**/generated/prisma',
                '**/generated/prisma/*',
              ],
              message:
                'No database client in app/ or components/: read and write through lib/ (lib/admin commands for newsroom writes, docs/decisions/0021).',
            },
            {
              group: ['@prisma/*', 'pg', '@electric-sql/pglite', '@electric-sql/pglite/*', 'pglite-prisma-adapter'],
              message: 'No database driver in app/ or components/: the client lives in lib/db (docs/decisions/0021).',
            },
          ],
        },
      ],
    },
  },
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'lib/generated/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
];

export default config;
