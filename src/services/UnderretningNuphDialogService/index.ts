// Underretning.NuphDialogService (Version 1, 2023-4) [I]: the dialog about a NUPH between its jobcentre and its
// a-kasse (R-AK-06) — CreateSpoergsmaal (a question about the NUPH, SpoergsmaalEmneIdentifier 1, or its answer, 2),
// CreateSpoergsmaalSvar (the other party's reply), GetNuphDialog (both parties' read) — and the documents on a NUPH,
// its answer, a question or a reply (R-AK-07): CreateDokument, whose DocumentContent (up to 15 MB) the transport
// streams into staging past the 1 MiB request limit (`upload`), and GetDokument, whose DocumentContent streams
// back from storage. Access: A-kasse and JobCenter (Alle borgere: the operations name no citizen); that the caller
// is the NUPH's own jobcentre or a-kasse is checked in src/app/nuphDialog (5122, R-AK-06). Names of our choosing
// (docs/contract-decisions.md).
import { alle } from '../../access/model.ts';
import { attachDocument, nuphDocument, type DocumentOwner } from '../../app/nuphDialog/documents.ts';
import { askQuestion, nuphDialog, replyToQuestion } from '../../app/nuphDialog/nuphDialog.ts';
import { uploadedContent, withStreamedBase64, type UploadSpec } from '../../contract/streamedContent.ts';
import type {
  DokumentInfoCollectionType,
  DokumentInfoType,
  DokumentTilknytningType,
} from '../../contract/generated/types.ts';
import type { NuphDocument, Party } from '../../domain/nuphDialog.ts';
import { DfdgFault, fault } from '../../faults/catalogue.ts';
import { NUPH_DOCUMENT_MAX_BYTES } from '../../rules/index.ts';
import type { UnderretningNuphDialogServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

const access = { allowed: { AKasse: [alle], Jobcenter: [alle] }, citizen: null } as const;

/** CreateDokument's DocumentContent streams past the request limit, up to R-AK-07's 15 MB decoded. */
const documentUpload: UploadSpec = {
  element: 'DocumentContent',
  maxContentBytes: NUPH_DOCUMENT_MAX_BYTES,
  tooLarge: (bytes) =>
    new DfdgFault('NuphDocumentTooLarge', [`R-AK-07: the document has at least ${bytes} bytes`], 'R-AK-07'),
};

const header = (p: Party) => ({ OrganisationTypeIdentifier: p.organisationType, OrganisationCode: p.organisationCode });

const SUBJECTS = { 1: 'nuph', 2: 'answer' } as const;

function ownerOf(t: DokumentTilknytningType): DocumentOwner {
  const given: DocumentOwner[] = [
    ...(t.NuphIdentifier ? [{ kind: 'nuph' as const, id: t.NuphIdentifier }] : []),
    ...(t.NuphSvarIdentifier ? [{ kind: 'answer' as const, id: t.NuphSvarIdentifier }] : []),
    ...(t.SpoergsmaalIdentifier ? [{ kind: 'question' as const, id: t.SpoergsmaalIdentifier }] : []),
    ...(t.SpoergsmaalSvarIdentifier ? [{ kind: 'reply' as const, id: t.SpoergsmaalSvarIdentifier }] : []),
  ];
  if (given.length !== 1) throw fault('NuphDocumentOwnerNotOne', `${given.length} given`);
  return given[0]!;
}

const infoOf = (d: NuphDocument): DokumentInfoType => ({
  DokumentIdentifier: d.id,
  DocumentFileName: d.fileName,
  DocumentContentType: d.contentType,
  DocumentSize: d.sizeBytes,
  StoredDateTime: d.storedAt,
  StoredByOrganisation: header(d.storedBy),
});

const infos = (docs: readonly NuphDocument[]): DokumentInfoCollectionType => ({ DokumentInfo: docs.map(infoOf) });

export const operations: UnderretningNuphDialogServiceOperations = {
  CreateSpoergsmaal: {
    kind: 'write',
    access,
    async handle(req, call) {
      const q = await askQuestion(
        call.write,
        call.actor,
        req.NuphIdentifier,
        SUBJECTS[req.SpoergsmaalEmneIdentifier as 1 | 2],
        req.Tekst,
      );
      return { ...receipt(call.write, q.id), SpoergsmaalIdentifier: q.id };
    },
  },
  CreateSpoergsmaalSvar: {
    kind: 'write',
    access,
    async handle(req, call) {
      const r = await replyToQuestion(call.write, call.actor, req.SpoergsmaalIdentifier, req.Tekst);
      return { ...receipt(call.write, r.id), SpoergsmaalSvarIdentifier: r.id };
    },
  },
  GetNuphDialog: {
    kind: 'read',
    access,
    async handle(req, call) {
      const v = await nuphDialog(call.read, call.actor, req.NuphIdentifier);
      const on = (kind: NuphDocument['ownerKind'], id: string | undefined) =>
        infos(v.documents.filter((d) => d.ownerKind === kind && d.ownerId === id));
      return {
        PersonCivilRegistrationIdentifier: v.nuph.cpr,
        NuphIdentifier: v.nuph.id,
        NuphSvarIdentifier: v.answer?.id,
        NuphDokumentInfoCollection: on('nuph', v.nuph.id),
        NuphSvarDokumentInfoCollection: on('answer', v.answer?.id),
        SpoergsmaalCollection: {
          Spoergsmaal: v.questions.map(({ question: q, reply: r }) => ({
            SpoergsmaalIdentifier: q.id,
            SpoergsmaalEmneIdentifier: q.subject === 'nuph' ? 1 : 2,
            FromOrganisation: header(q.askedBy),
            ToOrganisation: header(q.askedOf),
            Tekst: q.text,
            CreatedDateTime: q.askedAt,
            DokumentInfoCollection: on('question', q.id),
            SpoergsmaalSvar: r
              ? {
                  SpoergsmaalSvarIdentifier: r.id,
                  FromOrganisation: header(r.repliedBy),
                  Tekst: r.text,
                  CreatedDateTime: r.repliedAt,
                  DokumentInfoCollection: on('reply', r.id),
                }
              : undefined,
          })),
        },
      };
    },
  },
  CreateDokument: {
    kind: 'write',
    access,
    upload: documentUpload,
    async handle(req, call) {
      const content = uploadedContent(documentUpload, call.upload, req.DocumentContent);
      const d = await attachDocument(
        call.write,
        call.actor,
        ownerOf(req.DokumentTilknytning),
        { fileName: req.DocumentFileName, contentType: req.DocumentContentType },
        content,
      );
      return { ...receipt(call.write, d.id), DokumentIdentifier: d.id, DocumentSize: d.sizeBytes };
    },
  },
  GetDokument: {
    kind: 'read',
    access,
    async handle(req, call) {
      const { document, content } = await nuphDocument(call.read, call.actor, req.DokumentIdentifier);
      return withStreamedBase64(content, (placeholder) => ({
        DokumentInfo: infoOf(document),
        DocumentContent: placeholder,
      }));
    },
  },
};
