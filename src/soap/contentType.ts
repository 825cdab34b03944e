// The Content-Type of a SOAP 1.1 request. A WCF basicHttpBinding endpoint answers any other media type with
// HTTP 415 ("Cannot process the message because the content type '…' was not the expected type
// 'text/xml; charset=utf-8'.") before reading the body. The facade accepts text/xml (SOAP 1.1's type, any
// charset parameter) and application/xml; application/soap+xml (SOAP 1.2), form posts, JSON or no
// Content-Type at all get the 415 (docs/contract-decisions.md, transport).
const ACCEPTED = new Set(['text/xml', 'application/xml']);

export const EXPECTED_CONTENT_TYPE = 'text/xml; charset=utf-8';

/** null when the request may be read as SOAP 1.1, else the text of the 415 answer. */
export function refusedContentType(header: string | undefined): string | null {
  const mediaType = (header ?? '').split(';')[0]!.trim().toLowerCase();
  if (ACCEPTED.has(mediaType)) return null;
  return `Cannot process the message because the content type '${header ?? ''}' was not the expected type '${EXPECTED_CONTENT_TYPE}'.`;
}
