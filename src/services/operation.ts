// What a SOAP adapter provides per WSDL operation: who may call it (the access declaration beside the handler),
// whether it reads or writes, and the handler. A write handler gets the call's WriteContext (its transaction and
// outbox); a read handler gets a ReadContext and cannot write. src/soap/pipeline.ts runs the declaration and
// hands the call to the application layer's unit of work (src/app/unitOfWork.ts).
import type { AccessDeclaration } from '../access/model.ts';
import type { ReadContext, WriteContext } from '../app/context.ts';
import type { ServiceDescriptor } from '../contract/schemaModel.ts';
import type { UploadSpec } from '../contract/streamedContent.ts';
import type { DocumentContent } from '../domain/nuphDialog.ts';
import type { ActiveOrganisationHeaderType, RequestUserMetadataType } from '../contract/generated/types.ts';
import type { AuthorityActor, CitizenState } from '../domain/types.ts';
import type { PlannerDirectory } from '../outbound/externalBooking/planners.ts';
import type { MaximumRates } from '../rules/index.ts';

interface SoapCall {
  /** The authority the caller acts for, with the acting user (from the two SOAP headers). */
  readonly actor: AuthorityActor;
  readonly activeOrganisation: ActiveOrganisationHeaderType;
  readonly userMetadata: RequestUserMetadataType;
  /** Scheme and host the caller used, e.g. http://dfdg.example:8080 (for answers that point back here). */
  readonly baseUrl: string;
  /** The jobcentres' planner systems (ExternalBookingService), for the operations DFDG passes through to them. */
  readonly planners: PlannerDirectory;
  /** DAGPENGE_MAXIMUM_RATES: the dated maxima of RatePerMonth (R-AK-17). */
  readonly dagpengeMaximumRates: readonly MaximumRates[];
  /** The citizen named in the request, loaded once before the handler (null for operations about no citizen). */
  readonly citizen: CitizenState | null;
  /** The document an upload operation's request streamed into staging (its `upload` declaration); null otherwise,
   *  and null when the document came inline in the envelope. */
  readonly upload: DocumentContent | null;
}

export interface ReadCall extends SoapCall {
  readonly read: ReadContext;
}

export interface WriteCall extends SoapCall {
  readonly write: WriteContext;
}

export interface ReadOperation<Req, Res> {
  readonly kind: 'read';
  readonly access: AccessDeclaration<Req>;
  handle(request: Req, call: ReadCall): Promise<Res>;
}

export interface WriteOperation<Req, Res> {
  readonly kind: 'write';
  readonly access: AccessDeclaration<Req>;
  /** A check that may wait on the outside world (name resolution, say) and needs no state: run after the access
   *  declaration's organisation and user checks, before the unit of work opens its transaction. */
  readonly prepare?: (request: Req) => Promise<void>;
  /** The only absence types the handler reads from `call.citizen` (its rules' own declaration, e.g.
   *  `absenceChangeReads`): the write then loads those, not the citizen's whole history, so its cost does not grow
   *  with it. Without it every absence is loaded. Reading another type throws (src/domain/citizenAbsences.ts). */
  readonly absenceTypes?: ReadonlySet<number>;
  /** The request carries a document streamed past the request size limit (src/soap/documentUpload.ts). */
  readonly upload?: UploadSpec;
  handle(request: Req, call: WriteCall): Promise<Res>;
}

export type Operation<Req, Res> = ReadOperation<Req, Res> | WriteOperation<Req, Res>;

/** A service as the transport serves it: its generated descriptor and its adapter's operations. */
export interface ServiceRegistration {
  descriptor: ServiceDescriptor;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  operations: Record<string, Operation<any, any>>;
}
