// The WSDL documents of one endpoint: `?wsdl` is the file under wsdl/, whose schemas the client fetches from
// /xsd/<file>; `?singleWsdl` is the same WSDL with every schema it needs (the transitive xs:imports) inlined in
// wsdl:types and no schemaLocation left, as WCF serves it, for tools that import one file (wsdl2h, svcutil, the
// JDK's wsimport behind a proxy). Both carry the endpoint's public address in soap:address; the address was
// checked by ./publicBaseUrl.ts and is escaped here as well.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceDescriptor } from '../contract/schemaModel.ts';
import { XSD_DIR } from '../contract/validator.ts';
import { escapeXml } from '../contract/xmlWriter.ts';

export const WSDL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../wsdl');

const IMPORT = /<xs:import\b[^>]*?\sschemaLocation="([^"]+)"[^>]*\/>/g;
const TYPES = /<wsdl:types>[\s\S]*?<\/wsdl:types>/;
const ADDRESS = /(<soap:address location=")[^"]*(")/;

export class WsdlDocuments {
  private readonly text: string;
  private readonly types: string;
  /** Made on the first `?singleWsdl`: reading the schemas of every service at start cost ~0.1 s of the cold start. */
  private single: string | null = null;

  constructor(private readonly service: ServiceDescriptor) {
    this.text = fs.readFileSync(path.join(WSDL_DIR, service.wsdlFile), 'utf8');
    const types = TYPES.exec(this.text)?.[0];
    if (!types) throw new Error(`${service.wsdlFile} has no wsdl:types`);
    this.types = types;
  }

  /** The WSDL as published (schemas by reference). */
  wsdl(baseUrl: string): string {
    return this.addressed(this.text, baseUrl);
  }

  /** One document: the WSDL with all its schemas inlined. */
  singleWsdl(baseUrl: string): string {
    this.single ??= this.text.replace(
      TYPES,
      () => `<wsdl:types>\n${schemaClosure(this.types).map(inlined).join('\n')}\n  </wsdl:types>`,
    );
    return this.addressed(this.single, baseUrl);
  }

  private addressed(text: string, baseUrl: string): string {
    const location = escapeXml(baseUrl + this.service.endpointPath);
    return text.replace(ADDRESS, (_, open: string, close: string) => open + location + close);
  }
}

/** The XSD files the fragment imports, and theirs, each once, in first-seen order. */
function schemaClosure(fragment: string): string[] {
  const seen: string[] = [];
  const visit = (text: string) => {
    for (const [, location] of text.matchAll(IMPORT)) {
      const file = path.basename(location!);
      if (seen.includes(file)) continue;
      seen.push(file);
      visit(fs.readFileSync(path.join(XSD_DIR, file), 'utf8'));
    }
  };
  visit(fragment);
  return seen;
}

/** The schema element of an XSD file, without its XML declaration and with imports by namespace only. */
function inlined(file: string): string {
  const text = fs.readFileSync(path.join(XSD_DIR, file), 'utf8');
  const start = text.indexOf('<xs:schema');
  if (start < 0) throw new Error(`${file} has no xs:schema element`);
  return text
    .slice(start)
    .trim()
    .replace(/(<xs:import\b[^>]*?)\s+schemaLocation="[^"]*"/g, '$1');
}
