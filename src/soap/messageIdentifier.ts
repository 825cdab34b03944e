// The identifier a client gives a request so that its retry is not written twice (D-148): the WS-Addressing
// MessageID SOAP header (WS-Addressing 1.0 or the 2004/08 submission, as SOAP stacks with addressing send it),
// else the x-requestId HTTP header, DFDG's idempotency key of its REST successors (conventions.md §1.5, at most
// 46 characters). DFDG's SOAP contracts name no request identifier, so a request without either is simply not
// deduplicated.
import { localName, namespaceUri, textContent, type NodePtr } from '../contract/xmlTree.ts';
import { fault } from '../faults/catalogue.ts';

export const ADDRESSING_NS: ReadonlySet<string> = new Set([
  'http://www.w3.org/2005/08/addressing',
  'http://schemas.xmlsoap.org/ws/2004/08/addressing',
]);

/** The longest MessageID kept (the column's width); x-requestId's own limit is 46 [F]. */
export const MAX_MESSAGE_ID_LENGTH = 100;
export const MAX_REQUEST_ID_LENGTH = 46;

const PRINTABLE = /^[\x21-\x7e]+$/;

/** The request's message identifier, or null; 1014 when one is there but unusable. */
export function messageIdentifierOf(
  headers: readonly NodePtr[],
  xRequestId: string | string[] | undefined,
): string | null {
  return messageIdentifierFrom(headerMessageId(headers), xRequestId);
}

/** The WS-Addressing MessageID header block's identifier, or null when the request has none; 1014 when unusable. */
export function headerMessageId(headers: readonly NodePtr[]): string | null {
  for (const header of headers) {
    if (localName(header) !== 'MessageID' || !ADDRESSING_NS.has(namespaceUri(header))) continue;
    const id = textContent(header).trim();
    if (id.length > MAX_MESSAGE_ID_LENGTH || !PRINTABLE.test(id))
      throw fault('InvalidMessage', `MessageID must be 1–${MAX_MESSAGE_ID_LENGTH} printable characters`);
    return id;
  }
  return null;
}

/** The message identifier: the header block's (`headerId`, from `headerMessageId`), else x-requestId's, or null. */
export function messageIdentifierFrom(
  headerId: string | null,
  xRequestId: string | string[] | undefined,
): string | null {
  if (headerId !== null) return headerId;
  if (xRequestId === undefined) return null;
  const id = (Array.isArray(xRequestId) ? xRequestId.join(',') : xRequestId).trim();
  if (id.length > MAX_REQUEST_ID_LENGTH || !PRINTABLE.test(id))
    throw fault('InvalidMessage', `x-requestId must be 1–${MAX_REQUEST_ID_LENGTH} printable characters`);
  return `x-requestId:${id}`;
}
