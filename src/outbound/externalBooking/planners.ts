// Which planner system serves which jobcentre: PLANNER_ENDPOINTS maps a jobcentre number to the address of its
// ExternalBookingService (D-132). A jobcentre without one has no planner of its own: DFDG answers its citizens
// from the offers registered through BorgerBookingService.
import type { ContractValidator } from '../../contract/validator.ts';
import { ExternalBookingClient } from './client.ts';

export interface PlannerSettings {
  /** Jobcentre number (5 digits) → endpoint URL. */
  readonly endpoints: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
}

export class PlannerDirectory {
  private readonly clients: ReadonlyMap<string, ExternalBookingClient>;

  constructor(settings: PlannerSettings, validator: ContractValidator) {
    this.clients = new Map(
      Object.entries(settings.endpoints).map(([jobcentre, url]) => [
        jobcentre,
        new ExternalBookingClient(url, validator, { timeoutMs: settings.timeoutMs }),
      ]),
    );
  }

  /** The jobcentre's planner, or null when it has none configured. */
  of(jobcentreCode: string): ExternalBookingClient | null {
    return this.clients.get(jobcentreCode) ?? null;
  }
}

/** PLANNER_ENDPOINTS: `10100=https://planner.example/3/ExternalBookingService.svc,10200=…`. */
export function parsePlannerEndpoints(text: string): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const item of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const eq = item.indexOf('=');
    const jobcentre = item.slice(0, eq).trim();
    const url = item.slice(eq + 1).trim();
    if (eq < 0 || !/^\d{5}$/.test(jobcentre)) throw new Error(`'${item}' must be <jobcentre number>=<URL>`);
    if (!/^https?:$/.test(new URL(url).protocol)) throw new Error(`'${url}' must be an http(s) URL`);
    out[jobcentre] = url;
  }
  return Object.freeze(out);
}
