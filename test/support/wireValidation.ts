// Every SOAP response an integration test receives is validated against xsd/ before the test sees it: the
// Body's child element (a response element, or for a fault the c:DfdgFault inside soap:Fault/detail) and each
// SOAP header element. A response that does not validate fails the call, so a server that answers off-contract
// fails the test that made the call, whatever that test asserts. The validator is the facade's own
// (src/contract/validator.ts, libxml2 compiled once per test process).
import http from 'node:http';
import type https from 'node:https';
import { XmlDocument, type XmlElement, type XmlTreeNode } from 'libxml2-wasm';
import soap from 'soap';
import { ContractValidator } from '../../src/contract/validator.ts';
import { nodeOf } from '../../src/contract/xmlTree.ts';

const SOAP11 = 'http://schemas.xmlsoap.org/soap/envelope/';

let validator: ContractValidator | null = null;
/** The process's one compiled contract validator: the wire validation's, and the one every harness's facade
 *  validates requests with (test/support/soapHarness.ts; calls are synchronous, so sharing its context is safe). */
export const contractValidator = (): ContractValidator => (validator ??= ContractValidator.compile());
const contract = contractValidator;

function childElements(parent: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n: XmlTreeNode | null = parent.firstChild; n; n = n.next) if ('attrs' in n) out.push(n as XmlElement);
  return out;
}

/** What in a SOAP response does not validate against xsd/ (empty = it validates). */
export function responseIssues(body: string): string[] {
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromString(body);
  } catch (err) {
    return [`not well-formed XML: ${(err as Error).message}`];
  }
  try {
    const envelope = doc.root;
    if (envelope.namespaceUri !== SOAP11 || envelope.name !== 'Envelope') return ['not a SOAP 1.1 Envelope'];
    const parts = childElements(envelope);
    const header = parts.find((e) => e.namespaceUri === SOAP11 && e.name === 'Header');
    const soapBody = parts.find((e) => e.namespaceUri === SOAP11 && e.name === 'Body');
    if (!soapBody) return ['no soap:Body'];
    const [payload, ...extra] = childElements(soapBody);
    const toValidate = header ? childElements(header) : [];
    if (extra.length) return [`soap:Body has ${extra.length + 1} child elements`];
    if (payload?.namespaceUri === SOAP11 && payload.name === 'Fault') {
      const detail = childElements(payload).find((e) => e.name === 'detail' && e.namespaceUri === '');
      const detailChildren = detail ? childElements(detail) : [];
      if (detailChildren.length !== 1) return ['soap:Fault without exactly one detail element'];
      toValidate.push(detailChildren[0]!);
    } else if (payload) {
      toValidate.push(payload);
    }
    return toValidate.flatMap((el) =>
      contract()
        .validate(nodeOf(el))
        .map((i) => `{${el.namespaceUri}}${el.name} line ${i.line}: ${i.message}`),
    );
  } finally {
    doc.dispose();
  }
}

/** Throws when a SOAP response does not validate. */
export function assertValidResponse(body: string, what: string): void {
  const issues = responseIssues(body);
  if (issues.length) throw new Error(`${what}: the response does not validate against xsd/:\n  ${issues.join('\n  ')}`);
}

type Callback = (error: unknown, res?: unknown, body?: unknown) => unknown;

/** A connection per call over plain HTTP (TLS=off): validating a large answer holds the event loop for a while,
 *  and a kept-alive socket the server closes meanwhile would fail the next call with ECONNRESET. */
const noKeepAlive = new http.Agent({ keepAlive: false });

/** node-soap's HTTP client with every response body validated before node-soap parses it; over HTTPS it goes
 *  through `httpsAgent` (kept alive: a TLS handshake per call costs more than plain HTTP's connect). */
export class ValidatingHttpClient extends soap.HttpClient {
  private readonly httpsAgent: (() => https.Agent) | undefined;
  constructor(httpsAgent?: () => https.Agent) {
    super();
    this.httpsAgent = httpsAgent;
  }

  override request(rurl: string, data: unknown, callback: Callback, exheaders?: never, exoptions?: object) {
    return super.request(
      rurl,
      data,
      (error: unknown, res?: unknown, body?: unknown) => {
        const text = body ?? (error as { response?: { data?: unknown } } | null)?.response?.data;
        // data is null when node-soap fetches a WSDL or XSD; every POST is a SOAP call.
        if (data !== null && data !== undefined && typeof text === 'string' && text.length > 0) {
          const issues = responseIssues(text);
          if (issues.length)
            return callback(
              new Error(`${rurl}: the response does not validate against xsd/:\n  ${issues.join('\n  ')}\n${text}`),
            );
        }
        return callback(error, res, body);
      },
      exheaders,
      { httpAgent: noKeepAlive, ...(this.httpsAgent ? { httpsAgent: this.httpsAgent() } : {}), ...exoptions } as never,
    );
  }
}
