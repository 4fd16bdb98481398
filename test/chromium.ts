/**
 * Debian's Chromium, the one browser the tests use (nothing here may download a browser of
 * its own). CHROME_PATH overrides the path.
 */
export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

// Without the background-networking flags Chromium floods the closed network with
// connections that are refused (TOOLCHAIN.md).
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
