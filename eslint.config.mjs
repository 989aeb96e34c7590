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
    ignores: ['.next/**', 'node_modules/**', 'lib/generated/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
];

export default config;
