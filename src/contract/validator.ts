// In-process XSD validation with libxml2 (WebAssembly): every schema under xsd/ is compiled once at
// start into one validator; a request's Body element and headers are validated as elements (3–10 µs
// each) instead of starting a JVM per call (engineering.md; README "Why libxml2-wasm"). One libxml2
// validation context is reused for every call (libxml2-wasm's XsdValidator.validate builds and frees
// one per call); calls are synchronous, so one context per validator is safe.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import {
  error as libxml2Errors,
  xmlSchemaFreeValidCtxt,
  xmlSchemaNewValidCtxt,
  xmlSchemaSetValidStructuredErrors,
  xmlSchemaValidateOneElement,
} from 'libxml2-wasm/lib/libxml2.mjs';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';
import type { NodePtr } from './xmlTree.ts';

export const XSD_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../xsd');

export interface ValidationIssue {
  message: string;
  line: number;
}

let registered = false;

export class ContractValidator {
  private readonly context: number;
  private readonly errorsAt: number;

  private constructor(
    private readonly validator: XsdValidator,
    private readonly schemaDoc: XmlDocument,
  ) {
    this.context = xmlSchemaNewValidCtxt((validator as unknown as { _ptr: number })._ptr);
    if (this.context === 0) throw new Error('libxml2 could not allocate a schema validation context');
    this.errorsAt = libxml2Errors.storage.allocate([]);
    xmlSchemaSetValidStructuredErrors(this.context, libxml2Errors.errorCollector, this.errorsAt);
  }

  /** Compiles one entry schema that imports every XSD file under xsd/. */
  static compile(xsdDir = XSD_DIR): ContractValidator {
    if (!registered) registered = xmlRegisterFsInputProviders() || true;
    const imports = fs
      .readdirSync(xsdDir)
      .filter((f) => f.endsWith('.xsd'))
      .sort()
      .map((f) => {
        const text = fs.readFileSync(path.join(xsdDir, f), 'utf8');
        const ns = /targetNamespace="([^"]+)"/.exec(text)?.[1];
        return `<xs:import namespace="${ns}" schemaLocation="${f}"/>`;
      });
    const entry = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:dfdg-facade:entry">${imports.join('')}</xs:schema>`;
    const schemaDoc = XmlDocument.fromString(entry, { url: 'file://' + path.join(xsdDir, '__entry__.xsd') });
    return new ContractValidator(XsdValidator.fromDoc(schemaDoc), schemaDoc);
  }

  /** Validates one element against the global declaration of its name; returns the issues (empty = valid). */
  validate(element: NodePtr): ValidationIssue[] {
    const details = libxml2Errors.storage.get(this.errorsAt)!;
    details.length = 0;
    const result = xmlSchemaValidateOneElement(this.context, element);
    if (result === 0) return [];
    if (result < 0) throw new Error('libxml2: invalid input or internal error while validating');
    return details.map((d) => ({ message: d.message.trim(), line: d.line }));
  }

  dispose(): void {
    xmlSchemaFreeValidCtxt(this.context);
    libxml2Errors.storage.free(this.errorsAt);
    this.validator.dispose();
    this.schemaDoc.dispose();
  }
}
