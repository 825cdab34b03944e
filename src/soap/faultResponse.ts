// A DFDG fault on the wire (conventions.md §3.1): HTTP 500, faultcode = the numeric code, faultstring =
// the documented text, and a c:DfdgFault detail carrying the same code, text and validation details.
// SOAP's own faults (MustUnderstand, WCF's ActionNotSupported) carry their QName faultcode and no detail.
// Only these reach the wire; the pipeline turns anything else into 1011 without internals. However many issues a
// request has, the detail lists at most DEFAULTS.faultMaxDetails of them, each cut to faultMaxDetailLength
// characters (libxml2 quotes the offending value): a refusal stays a few kilobytes (issue 12, defect 1).
import { DEFAULTS } from '../config/defaults.ts';
import { faultText, type DfdgFault } from '../faults/catalogue.ts';
import { DfdgFaultElement } from '../contract/generated/services.ts';
import { writeElement, escapeXml } from '../contract/xmlWriter.ts';
import { envelope, SOAP11_NS } from './envelope.ts';
import type { SoapProtocolFault } from './protocolFault.ts';

/** `service`: the WSDL service name, whose page may document its own text for the code (catalogue `serviceTexts`). */
export function faultEnvelope(f: DfdgFault, service: string | null = null): string {
  const text = faultText(f, service);
  const detail = writeElement(
    { FaultCode: f.code, FaultText: text, FaultDetail: shownDetails(f.details) },
    DfdgFaultElement,
  );
  return envelope(
    `<s:Fault><faultcode>${f.code}</faultcode><faultstring xml:lang="en">${escapeXml(text)}</faultstring><detail>${detail}</detail></s:Fault>`,
  );
}

/** The first details, each cut to length; when some are left out, the last one shown says how many. */
function shownDetails(details: readonly string[]): string[] {
  const max = DEFAULTS.faultMaxDetails;
  const cut = (d: string) =>
    d.length > DEFAULTS.faultMaxDetailLength
      ? d.slice(0, DEFAULTS.faultMaxDetailLength - 1).replace(/[\uD800-\uDBFF]$/, '') + '…'
      : d;
  if (details.length <= max) return details.map(cut);
  return [...details.slice(0, max - 1).map(cut), `… and ${details.length - max + 1} more issues not shown`];
}

export function protocolFaultEnvelope(f: SoapProtocolFault): string {
  // s: is bound to the SOAP envelope namespace by envelope(); any other namespace is declared on faultcode.
  const code =
    f.ns === SOAP11_NS
      ? `<faultcode>s:${f.local}</faultcode>`
      : `<faultcode xmlns:a="${escapeXml(f.ns)}">a:${f.local}</faultcode>`;
  return envelope(`<s:Fault>${code}<faultstring xml:lang="en">${escapeXml(f.text)}</faultstring></s:Fault>`);
}
