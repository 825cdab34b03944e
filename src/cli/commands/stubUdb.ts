// `stub-udb [--port PORT]`: runs the stub UDB (src/cli/stubUdb.ts), which records the messages DFDG sends to
// Ungedatabasen. Point the facade's UDB_ENDPOINT at the address it prints. Touches no database.
import { numberOption, type Command } from '../command.ts';
import { onStopSignal } from '../onStopSignal.ts';
import { StubUdb } from '../stubUdb.ts';

export const stubUdb: Command = {
  name: 'stub-udb',
  summary: 'a stub of Ungedatabasen (UDB) that accepts and records the messages DFDG sends it',
  options: {
    port: { type: 'string', value: 'PORT', help: 'port to listen on (default 8091; 0: any free port)' },
  },
  async run(input) {
    const udb = new StubUdb();
    const url = await udb.listen(numberOption(input, 'port', 8091));
    console.log(`stub UDB listening on ${url} (UDB_ENDPOINT=${url})`);
    onStopSignal(() => udb.close());
    return 'running';
  },
};
