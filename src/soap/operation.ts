// What a hand-written service provides per WSDL operation: who may call it (declared beside the
// handler) and the handler itself. The pipeline (src/soap/pipeline.ts) enforces the access declaration
// before the handler runs, inside the same transaction.
import type { Knex } from 'knex';
import type { AccessDeclaration } from '../access/model.ts';
import type { Actor, CitizenState, IsoDate } from '../domain/types.ts';
import type { ActiveOrganisationHeaderType, RequestUserMetadataType } from '../contract/generated/types.ts';

export interface CallContext {
  /** The authority the caller acts for, with the acting user (from the two SOAP headers). */
  readonly actor: Extract<Actor, { kind: 'authority' }>;
  readonly activeOrganisation: ActiveOrganisationHeaderType;
  readonly userMetadata: RequestUserMetadataType;
  /** The business date of the call (test clock or today in Copenhagen). */
  readonly businessDate: IsoDate;
  /** The instant of the call, as an xs:dateTime with offset, for receipts. */
  readonly now: string;
  /** Scheme and host the caller used, e.g. http://dfdg.example:8080 (for answers that point back here). */
  readonly baseUrl: string;
  /** For writing operations the transaction of this call (state and outbox rows commit together or not
   *  at all); for reads the database itself. */
  readonly db: Knex;
  /** The citizen named in the request, loaded once by the pipeline (null for operations without a citizen). */
  readonly citizen: CitizenState | null;
}

export interface Operation<Req, Res> {
  readonly access: AccessDeclaration<Req>;
  handle(request: Req, ctx: CallContext): Promise<Res>;
}
