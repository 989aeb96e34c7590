// The host names the e2e server answers under besides its own address (decision 0032): a mirror the browser
// resolves by itself (`localhost`), one only raw requests name, and an onion address. playwright.config.ts
// passes them to the server; e2e/mirrors.spec.ts checks them.
export const E2E_ONION_HOST = `${'rekhae2e'.padEnd(56, 'a')}.onion`;

export const e2eHostEnv = (port: number) => ({
  MIRROR_HOSTS: `http://localhost:${port},http://mirror.e2e.test:${port}`,
  ONION_HOST: E2E_ONION_HOST,
});
