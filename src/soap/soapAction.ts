// The SOAPAction HTTP header of SOAP 1.1 (§6.1.1). A WCF basicHttpBinding endpoint dispatches on it and answers
// an action that names none of its operations with the ActionNotSupported fault (HTTP 500). The facade
// dispatches on the Body's request element (document/literal), and checks the action when one is sent: none of
// the endpoint's → ActionNotSupported; another operation's than the Body's → 1014. An absent header and the
// empty "" (gSOAP and hand-written clients send it) are accepted (docs/contract-decisions.md, transport).
import type { OperationDescriptor, ServiceDescriptor } from '../contract/schemaModel.ts';
import { fault } from '../faults/catalogue.ts';
import { actionNotSupportedFault } from './protocolFault.ts';

/** The action the client sent, unquoted; null when the header is absent. */
export function soapActionOf(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  const value = (Array.isArray(header) ? header.join(',') : header).trim();
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

/** Before dispatch: an action that is no operation's of the endpoint is refused as WCF refuses it. */
export function checkActionKnown(action: string | null, service: ServiceDescriptor): void {
  if (action === null || action === '') return;
  if (!service.operations.some((op) => op.soapAction === action)) throw actionNotSupportedFault(action);
}

/** After dispatch on the Body: the action, when sent, must be the operation's own. */
export function checkActionMatches(action: string | null, operation: OperationDescriptor): void {
  if (action === null || action === '' || action === operation.soapAction) return;
  throw fault(
    'InvalidMessage',
    `the SOAPAction '${action}' is not the action of ${operation.name} ('${operation.soapAction}'), whose request element the Body holds`,
  );
}
