// In-process XSD validation with libxml2 (WebAssembly): every schema under xsd/ is compiled once, on first
// use; a request's Body element and headers are validated as elements (3–10 µs each) instead of starting a
// JVM per call (engineering.md; README "Why libxml2-wasm"). One libxml2 validation context per compiled
// schema is reused for every call (libxml2-wasm's XsdValidator.validate builds and frees one per call).
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
import { namespaceUri, type NodePtr } from './xmlTree.ts';

export const XSD_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../xsd');

export interface ValidationIssue {
  message: string;
  line: number;
}

let registered = false;

/** One compiled entry schema and the validation context reused for every call (calls are synchronous, so one
 *  context per schema is safe). */
class CompiledSchema {
  private readonly context: number;
  private readonly errorsAt: number;

  constructor(
    private readonly validator: XsdValidator,
    private readonly schemaDoc: XmlDocument,
  ) {
    this.context = xmlSchemaNewValidCtxt((validator as unknown as { _ptr: number })._ptr);
    if (this.context === 0) throw new Error('libxml2 could not allocate a schema validation context');
    this.errorsAt = libxml2Errors.storage.allocate([]);
    xmlSchemaSetValidStructuredErrors(this.context, libxml2Errors.errorCollector, this.errorsAt);
  }

  /** Compiles an entry schema that imports `files` (name → target namespace) from `xsdDir`. */
  static of(xsdDir: string, files: [file: string, namespace: string][]): CompiledSchema {
    if (!registered) registered = xmlRegisterFsInputProviders() || true;
    const imports = files.map(([f, ns]) => `<xs:import namespace="${ns}" schemaLocation="${f}"/>`);
    const entry = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:dfdg-facade:entry">${imports.join('')}</xs:schema>`;
    const schemaDoc = XmlDocument.fromString(entry, { url: 'file://' + path.join(xsdDir, '__entry__.xsd') });
    return new CompiledSchema(XsdValidator.fromDoc(schemaDoc), schemaDoc);
  }

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

/**
 * The XSDs under xsd/, each compiled on the first element of its target namespace validated (with the schemas it
 * imports): a start compiled all of them, ~45 files, before it could answer (~40 ms of the main thread on a
 * quiet machine, README "Cold start"), where the first GetPersonExempts needs four. An element is validated
 * against the global declaration of its name in the schema of its own namespace, as it was in the one schema of
 * all of them (no XSD here has a wildcard, and every file has its own namespace); an element of a namespace no
 * file declares is validated against an empty schema, with libxml2's same "no matching global declaration".
 */
export class ContractValidator {
  private readonly compiled = new Map<string, CompiledSchema>();

  private constructor(
    private readonly xsdDir: string,
    /** target namespace → the file declaring it */
    private readonly files: Map<string, string>,
  ) {}

  /** The validator of every XSD file under `xsdDir` (their target namespaces read now, compiled on first use). */
  static compile(xsdDir = XSD_DIR): ContractValidator {
    const files = new Map<string, string>();
    for (const f of fs
      .readdirSync(xsdDir)
      .filter((name) => name.endsWith('.xsd'))
      .sort()) {
      const ns = /targetNamespace="([^"]+)"/.exec(fs.readFileSync(path.join(xsdDir, f), 'utf8'))?.[1];
      if (ns === undefined) throw new Error(`${f} declares no targetNamespace`);
      if (files.has(ns)) throw new Error(`${f} and ${files.get(ns)} declare the same targetNamespace ${ns}`);
      files.set(ns, f);
    }
    return new ContractValidator(xsdDir, files);
  }

  /** Compiles every file's schema now (a check that all of them compile; requests compile theirs on first use). */
  compileAll(): void {
    for (const ns of this.files.keys()) this.schemaOf(ns);
  }

  private schemaOf(ns: string): CompiledSchema {
    let schema = this.compiled.get(ns);
    if (schema === undefined) {
      const file = this.files.get(ns);
      schema = CompiledSchema.of(this.xsdDir, file === undefined ? [] : [[file, ns]]);
      this.compiled.set(ns, schema);
    }
    return schema;
  }

  /** Validates one element against the global declaration of its name; returns the issues (empty = valid). */
  validate(element: NodePtr): ValidationIssue[] {
    return this.schemaOf(namespaceUri(element)).validate(element);
  }

  dispose(): void {
    for (const schema of this.compiled.values()) schema.dispose();
    this.compiled.clear();
  }
}
