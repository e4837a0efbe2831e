import net from 'node:net';

/**
 * For faults tests that need tools of the system (HAProxy, PostgreSQL's server binaries): with
 * any of `missing`, CI fails (it installs them all), and elsewhere the test is skipped with a
 * message naming what to install. True when the test can run.
 */
export function systemToolsFor(test: string, missing: readonly string[]): boolean {
  if (missing.length === 0) return true;
  if (process.env.CI) throw new Error(`CI needs ${missing.join(' and ')} for the ${test} test`);
  console.warn(`${test}: skipped, it needs ${missing.join(' and ')}.`);
  return false;
}

/** A TCP port on 127.0.0.1 that was free a moment ago, for a tool that takes a port number. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
