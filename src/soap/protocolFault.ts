// SOAP's own faults, which are not DFDG faults: the SOAP 1.1 MustUnderstand fault (SOAP 1.1 §4.4.1) and the
// ActionNotSupported fault a WCF basicHttpBinding endpoint answers for a SOAPAction none of its operations has.
// Their faultcode is a QName, not a DFDG number, and their detail is empty (docs/contract-decisions.md, transport).
import { SOAP11_NS } from './envelope.ts';

/** WCF's addressing namespace for SOAP 1.1 without WS-Addressing (basicHttpBinding). */
export const WCF_ADDRESSING_NONE_NS = 'http://schemas.microsoft.com/ws/2005/05/addressing/none';

export class SoapProtocolFault extends Error {
  constructor(
    /** The faultcode's namespace and local name. */
    readonly ns: string,
    readonly local: string,
    /** The faultstring. */
    readonly text: string,
  ) {
    super(text);
    this.name = 'SoapProtocolFault';
  }

  /** The faultcode as the log line and the metrics show it, e.g. `soap:MustUnderstand`. */
  get label(): string {
    return `${this.ns === SOAP11_NS ? 'soap' : 'a'}:${this.local}`;
  }
}

/** A header block targeted at this node with mustUnderstand="1" that the facade does not know. */
export function mustUnderstandFault(name: string, ns: string): SoapProtocolFault {
  return new SoapProtocolFault(
    SOAP11_NS,
    'MustUnderstand',
    `The header '${name}' from the namespace '${ns}' was not understood by the recipient of this message, causing the message to not be processed.  This error typically indicates that the sender of this message has enabled a communication protocol that the receiver cannot process.  Please ensure that the configuration of the client's binding is consistent with the service's binding.`,
  );
}

/** WCF's ContractFilter mismatch: the SOAPAction names no operation of the endpoint. */
export function actionNotSupportedFault(action: string): SoapProtocolFault {
  return new SoapProtocolFault(
    WCF_ADDRESSING_NONE_NS,
    'ActionNotSupported',
    `The message with Action '${action}' cannot be processed at the receiver, due to a ContractFilter mismatch at the EndpointDispatcher. This may be because of either a contract mismatch (mismatched Actions between sender and receiver) or a binding/security mismatch between the sender and the receiver. Check that sender and receiver have the same contract and the same binding (including security requirements, e.g. Message, Transport, None).`,
  );
}
