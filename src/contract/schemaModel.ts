// The runtime shape of the contract, as codegen emits it from wsdl/ + xsd/ into src/contract/generated/.
// The XML reader and writer walk these descriptors; nothing here is written by hand per service.

export type SimpleKind = 'string' | 'int' | 'decimal' | 'boolean' | 'date' | 'dateTime';

/** The XSD built-in types the facade reads values from, and the simple kind each is read as. */
export const BUILTIN_KIND: Readonly<Record<string, SimpleKind>> = {
  string: 'string',
  anyURI: 'string',
  base64Binary: 'string',
  int: 'int',
  integer: 'int',
  long: 'int',
  decimal: 'decimal',
  boolean: 'boolean',
  date: 'date',
  dateTime: 'dateTime',
};

export interface ElementDescriptor {
  /** Local name, also the property name of the typed object. */
  readonly name: string;
  /** Namespace URI (all DFDG schemas are elementFormDefault="qualified"). */
  readonly ns: string;
  readonly minOccurs: number;
  /** -1 = unbounded. */
  readonly maxOccurs: number;
  readonly kind: SimpleKind | 'complex';
  /** XSD type name (complex types), for documentation and the generated TypeScript names. */
  readonly typeName: string;
  readonly children?: readonly ElementDescriptor[];
}

export interface OperationDescriptor {
  readonly name: string;
  readonly soapAction: string;
  readonly request: ElementDescriptor;
  readonly response: ElementDescriptor;
}

export interface ServiceDescriptor {
  readonly name: string;
  readonly version: string;
  readonly namespace: string;
  /** File name under wsdl/. */
  readonly wsdlFile: string;
  /** HTTP path of the endpoint, taken from the WSDL's soap:address. */
  readonly endpointPath: string;
  readonly operations: readonly OperationDescriptor[];
}

export function isRepeated(d: ElementDescriptor): boolean {
  return d.maxOccurs === -1 || d.maxOccurs > 1;
}
