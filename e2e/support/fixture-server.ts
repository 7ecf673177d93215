import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

/**
 * The demo server for the whole test file: started before its first test, closed after its last. Its
 * address and scenarios are read once it has started, so the file declares it at the top.
 */
export function fixtureServerPerFile(): Pick<FixtureServer, 'origin' | 'scenario'> {
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  const started = () => {
    if (!server) throw new Error('the fixture server is read before beforeAll started it');
    return server;
  };
  return {
    get origin() {
      return started().origin;
    },
    get scenario() {
      return started().scenario;
    },
  };
}
