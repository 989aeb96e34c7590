// How the tests (playwright.config.ts) and the Lighthouse audit (scripts/lighthouse.ts) start Chromium. The
// background-networking flags matter on a closed network: without them Chromium keeps trying to reach its
// update and sync servers and floods the logs with refused connections.
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
