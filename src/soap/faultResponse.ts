// A DFDG fault on the wire (conventions.md §3.1): HTTP 500, faultcode = the numeric code, faultstring =
// the documented text, and a c:DfdgFault detail carrying the same code, text and validation details.
// Only DfdgFault reaches the wire; the pipeline turns anything else into 1011 without internals.
import { faultText, type DfdgFault } from '../faults/catalogue.ts';
import { DfdgFaultElement } from '../contract/generated/services.ts';
import { writeElement, escapeXml } from '../contract/xmlWriter.ts';
import { envelope } from './envelope.ts';

/** `service`: the WSDL service name, whose page may document its own text for the code (catalogue `serviceTexts`). */
export function faultEnvelope(f: DfdgFault, service: string | null = null): string {
  const text = faultText(f, service);
  const detail = writeElement({ FaultCode: f.code, FaultText: text, FaultDetail: [...f.details] }, DfdgFaultElement);
  return envelope(
    `<s:Fault><faultcode>${f.code}</faultcode><faultstring xml:lang="en">${escapeXml(text)}</faultstring><detail>${detail}</detail></s:Fault>`,
  );
}
