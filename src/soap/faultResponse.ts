// A DFDG fault on the wire (conventions.md §3.1): HTTP 500, faultcode = the numeric code, faultstring =
// the documented text, and a c:DfdgFault detail carrying the same code, text and validation details.
// Only DfdgFault reaches the wire; the pipeline turns anything else into 1011 without internals.
import type { DfdgFault } from '../faults/catalogue.ts';
import { DfdgFaultElement } from '../contract/generated/services.ts';
import { writeElement, escapeXml } from '../contract/xmlWriter.ts';
import { envelope } from './envelope.ts';

export function faultEnvelope(f: DfdgFault): string {
  const detail = writeElement(
    { FaultCode: f.code, FaultText: f.message, FaultDetail: [...f.details] },
    DfdgFaultElement,
  );
  return envelope(
    `<s:Fault><faultcode>${f.code}</faultcode><faultstring xml:lang="en">${escapeXml(f.message)}</faultstring><detail>${detail}</detail></s:Fault>`,
  );
}
