// In-process XSD validation with libxml2 (WebAssembly): every schema under xsd/ is compiled once at
// start into one validator; a request's Body element and headers are validated as elements (~20 µs
// each) instead of starting a JVM per call (engineering.md; README "Why libxml2-wasm").
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XmlValidateError, XsdValidator, type XmlElement } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';

export const XSD_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../xsd');

export interface ValidationIssue {
  message: string;
  line: number;
}

let registered = false;

export class ContractValidator {
  private constructor(
    private readonly validator: XsdValidator,
    private readonly schemaDoc: XmlDocument,
  ) {}

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
  validate(element: XmlElement): ValidationIssue[] {
    try {
      this.validator.validate(element);
      return [];
    } catch (err) {
      if (err instanceof XmlValidateError) return err.details.map((d) => ({ message: d.message.trim(), line: d.line }));
      throw err;
    }
  }

  dispose(): void {
    this.validator.dispose();
    this.schemaDoc.dispose();
  }
}
