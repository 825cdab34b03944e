// The composition root: one database, one compiled contract validator, one clock, all services.
import type http from 'node:http';
import type { Knex } from 'knex';
import type { Clock } from './clock.ts';
import { ContractValidator } from './contract/validator.ts';
import { services } from './services/index.ts';
import { citizenReaderFor } from './store/citizenReader.ts';
import { createHttpServer } from './soap/server.ts';

export interface App {
  server: http.Server;
  validator: ContractValidator;
  /** Listens on `port` (0 = any free port) on 127.0.0.1 unless `host` is given; resolves to the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export function createApp(db: Knex, clock: Clock): App {
  const validator = ContractValidator.compile();
  const citizens = citizenReaderFor(db);
  const server = createHttpServer(services, { db, citizens, validator, clock });
  return {
    server,
    validator,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(`http://${host}:${typeof address === 'object' && address ? address.port : port}`);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          validator.dispose();
          void citizens.close().then(resolve);
        });
      }),
  };
}
