// Borgerindsats.RehabiliteringsforloebService (Version 1): a citizen's rehabilitation processes —
// CreateRehabiliteringsforloeb, UpdateRehabiliteringsforloeb, GetRehabiliteringsforloeb — and the documents uploaded
// to them (R-PLAN-18): CreateRehabiliteringsdokument, whose DocumentContent (up to 15 MB) the transport streams into
// staging past the 1 MiB request limit (`upload`, as Underretning.NuphDialogService.CreateDokument), and
// GetRehabiliteringsdokument, whose DocumentContent streams back from storage. The service name is DFDG's (the
// Rehabiliteringsdokument WSB page); operations and elements are ours [I] (docs/contract-decisions.md). Access [I]:
// the jobcentre is the actor (R-PLAN-18), the municipality beside it (both receive the notifications); STAR reads.
import { alle, egne } from '../../access/model.ts';
import { attachRehabilitationDocument, rehabilitationDocument } from '../../app/rehabilitation/documents.ts';
import {
  changeRehabilitationProcess,
  createRehabilitationProcess,
  rehabilitationProcesses,
  type RehabilitationProcessFields,
} from '../../app/rehabilitation/rehabilitationProcesses.ts';
import { uploadedContent, withStreamedBase64, type UploadSpec } from '../../contract/streamedContent.ts';
import type { RehabiliteringsdokumentInfoType, RehabiliteringsforloebType } from '../../contract/generated/types.ts';
import { calendarDateOf } from '../../domain/dates.ts';
import type { NuphDocument } from '../../domain/nuphDialog.ts';
import { DfdgFault } from '../../faults/catalogue.ts';
import { REHABILITATION_DOCUMENT_MAX_BYTES } from '../../rules/index.ts';
import type { BorgerindsatsRehabiliteringsforloebServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

const writers = { Jobcenter: [egne], Kommune: [egne] };
const readers = { ...writers, STAR: [alle] };
const aboutCitizen = (r: { Personnummer: string }) => r.Personnummer;
const NO_ABSENCES: ReadonlySet<number> = new Set();

/** CreateRehabiliteringsdokument's DocumentContent streams past the request limit, up to R-PLAN-18's 15 MB decoded. */
const documentUpload: UploadSpec = {
  element: 'DocumentContent',
  maxContentBytes: REHABILITATION_DOCUMENT_MAX_BYTES,
  tooLarge: (bytes) =>
    new DfdgFault(
      'RehabilitationDocumentTooLarge',
      [`R-PLAN-18: the document has at least ${bytes} bytes`],
      'R-PLAN-18',
    ),
};

const fields = (f: RehabiliteringsforloebType): RehabilitationProcessFields => ({
  startDate: calendarDateOf(f.Startdato),
  endDate: f.Slutdato === undefined ? null : calendarDateOf(f.Slutdato),
});

const infoOf = (d: NuphDocument): RehabiliteringsdokumentInfoType => ({
  DokumentIdentifier: d.id,
  RehabiliteringsforloebIdentifier: d.ownerId,
  DocumentFileName: d.fileName,
  DocumentContentType: d.contentType,
  DocumentSize: d.sizeBytes,
  StoredDateTime: d.storedAt,
  StoredByOrganisation: {
    OrganisationTypeIdentifier: d.storedBy.organisationType,
    OrganisationCode: d.storedBy.organisationCode,
  },
});

export const operations: BorgerindsatsRehabiliteringsforloebServiceOperations = {
  CreateRehabiliteringsforloeb: {
    kind: 'write',
    access: { allowed: writers, citizen: aboutCitizen },
    absenceTypes: NO_ABSENCES,
    async handle(req, call) {
      const p = await createRehabilitationProcess(
        call.write,
        call.citizen!,
        call.actor,
        fields(req.Rehabiliteringsforloeb),
      );
      return { ...receipt(call.write, p.id), RehabiliteringsforloebIdentifier: p.id };
    },
  },
  UpdateRehabiliteringsforloeb: {
    kind: 'write',
    access: { allowed: writers, citizen: aboutCitizen },
    absenceTypes: NO_ABSENCES,
    async handle(req, call) {
      const p = await changeRehabilitationProcess(
        call.write,
        call.citizen!,
        call.actor,
        req.RehabiliteringsforloebIdentifier,
        fields(req.Rehabiliteringsforloeb),
      );
      return receipt(call.write, p.id);
    },
  },
  GetRehabiliteringsforloeb: {
    kind: 'read',
    access: { allowed: readers, citizen: aboutCitizen },
    async handle(req, call) {
      const processes = await rehabilitationProcesses(call.read, req.Personnummer);
      return {
        Personnummer: req.Personnummer,
        RehabiliteringsforloebCollection: {
          Rehabiliteringsforloeb: processes.map(({ process: p, documents }) => ({
            RehabiliteringsforloebIdentifier: p.id,
            Startdato: p.startDate,
            ...(p.endDate !== null && { Slutdato: p.endDate }),
            RehabiliteringsdokumentInfoCollection: { RehabiliteringsdokumentInfo: documents.map(infoOf) },
          })),
        },
      };
    },
  },
  CreateRehabiliteringsdokument: {
    kind: 'write',
    access: { allowed: writers, citizen: aboutCitizen },
    absenceTypes: NO_ABSENCES,
    upload: documentUpload,
    async handle(req, call) {
      const content = uploadedContent(documentUpload, call.upload, req.DocumentContent);
      const d = await attachRehabilitationDocument(
        call.write,
        call.citizen!,
        call.actor,
        req.RehabiliteringsforloebIdentifier,
        { fileName: req.DocumentFileName, contentType: req.DocumentContentType },
        content,
      );
      return { ...receipt(call.write, d.id), DokumentIdentifier: d.id, DocumentSize: d.sizeBytes };
    },
  },
  GetRehabiliteringsdokument: {
    kind: 'read',
    access: { allowed: readers, citizen: aboutCitizen },
    async handle(req, call) {
      const { document, content } = await rehabilitationDocument(call.read, req.Personnummer, req.DokumentIdentifier);
      return withStreamedBase64(content, (placeholder) => ({
        RehabiliteringsdokumentInfo: infoOf(document),
        DocumentContent: placeholder,
      }));
    },
  },
};
