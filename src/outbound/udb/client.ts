// DFDG's client of Ungedatabasen (UDB): one message per HTTP POST to the configured endpoint (UDB_ENDPOINT), as
// JSON {BeskedId, Beskedtype, …the message's fields}. UDB's interface of release 2023-4 is not in the contract
// sources, so the shape is the facade's (D-289); what the rules fix is what is sent and in which order (R-NOT-15).
// A non-2xx answer, a refused connection or no answer within the timeout is a failure the caller retries later.
import type { UdbMessage } from '../../domain/udb.ts';

export interface UdbClientSettings {
  readonly endpoint: string;
  readonly timeoutMs: number;
}

export class UdbClient {
  constructor(private readonly settings: UdbClientSettings) {}

  async send(m: UdbMessage): Promise<void> {
    const response = await fetch(this.settings.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ BeskedId: m.id, Beskedtype: m.kind, ...m.body }),
      signal: AbortSignal.timeout(this.settings.timeoutMs),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`UDB answered HTTP ${response.status}`);
  }
}
