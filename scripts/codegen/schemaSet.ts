// Reads the XSD files under xsd/ into a small model: global elements, complex types (sequences of
// elements) and simple types reduced to the built-in kind they restrict. That subset is all the DFDG
// contracts use; anything else makes codegen stop with a message rather than guess.
import fs from 'node:fs';
import path from 'node:path';
import { XmlDocument, type XmlElement } from 'libxml2-wasm';
import { BUILTIN_KIND as BUILTIN, type ElementDescriptor, type SimpleKind } from '../../src/contract/schemaModel.ts';

export const XS = 'http://www.w3.org/2001/XMLSchema';

interface QName {
  ns: string;
  local: string;
}
interface ParticleDecl {
  name: string | null;
  ref: QName | null;
  type: QName | null;
  minOccurs: number;
  maxOccurs: number;
  /** Namespace of the schema that declares the particle (for local elements). */
  ownerNs: string;
}

const key = (q: QName) => `{${q.ns}}${q.local}`;

export class SchemaSet {
  private readonly elements = new Map<string, QName & { type: QName }>();
  private readonly complexTypes = new Map<string, ParticleDecl[]>();
  private readonly simpleTypes = new Map<string, QName>();

  static load(dir: string): SchemaSet {
    const set = new SchemaSet();
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.xsd'))
      .sort()) {
      set.addSchema(path.join(dir, file));
    }
    return set;
  }

  private addSchema(file: string): void {
    const doc = XmlDocument.fromBuffer(fs.readFileSync(file));
    try {
      const root = doc.root;
      const tns = root.attr('targetNamespace')?.value ?? '';
      for (const child of elementChildren(root)) {
        const name = child.attr('name')?.value;
        if (child.namespaceUri !== XS || !name) continue;
        if (child.name === 'element') {
          this.elements.set(key({ ns: tns, local: name }), {
            ns: tns,
            local: name,
            type: resolve(child, requiredAttr(child, 'type')),
          });
        } else if (child.name === 'complexType') {
          this.complexTypes.set(key({ ns: tns, local: name }), readSequence(child, tns));
        } else if (child.name === 'simpleType') {
          const restriction = elementChildren(child).find((e) => e.name === 'restriction');
          if (!restriction) throw new Error(`${file}: simpleType ${name} is not a restriction`);
          this.simpleTypes.set(key({ ns: tns, local: name }), resolve(restriction, requiredAttr(restriction, 'base')));
        }
      }
    } finally {
      doc.dispose();
    }
  }

  hasElement(q: QName): boolean {
    return this.elements.has(key(q));
  }

  /** The full descriptor tree of a global element. */
  describeElement(q: QName, minOccurs = 1, maxOccurs = 1): ElementDescriptor {
    const el = this.elements.get(key(q));
    if (!el) throw new Error(`no global element ${key(q)}`);
    return this.describe(el.local, el.ns, el.type, minOccurs, maxOccurs);
  }

  private describe(name: string, ns: string, type: QName, minOccurs: number, maxOccurs: number): ElementDescriptor {
    const kind = this.simpleKind(type);
    if (kind) return { name, ns, minOccurs, maxOccurs, kind, typeName: type.local };
    const particles = this.complexTypes.get(key(type));
    if (!particles) throw new Error(`unknown type ${key(type)}`);
    const children = particles.map((p) => {
      if (p.ref) return this.describeElement(p.ref, p.minOccurs, p.maxOccurs);
      return this.describe(p.name!, p.ownerNs, p.type!, p.minOccurs, p.maxOccurs);
    });
    return { name, ns, minOccurs, maxOccurs, kind: 'complex', typeName: type.local, children };
  }

  private simpleKind(type: QName): SimpleKind | null {
    if (type.ns === XS) {
      const kind = BUILTIN[type.local];
      if (!kind) throw new Error(`unsupported built-in type xs:${type.local}`);
      return kind;
    }
    const base = this.simpleTypes.get(key(type));
    return base ? this.simpleKind(base) : null;
  }
}

function readSequence(complexType: XmlElement, tns: string): ParticleDecl[] {
  const sequence = elementChildren(complexType).find((e) => e.name === 'sequence');
  if (!sequence) throw new Error(`complexType ${complexType.attr('name')?.value} must be an xs:sequence`);
  return elementChildren(sequence).map((e) => {
    if (e.name !== 'element') throw new Error(`only xs:element particles are supported, found xs:${e.name}`);
    const ref = e.attr('ref')?.value;
    const max = e.attr('maxOccurs')?.value ?? '1';
    return {
      name: e.attr('name')?.value ?? null,
      ref: ref ? resolve(e, ref) : null,
      type: ref ? null : resolve(e, requiredAttr(e, 'type')),
      minOccurs: Number(e.attr('minOccurs')?.value ?? '1'),
      maxOccurs: max === 'unbounded' ? -1 : Number(max),
      ownerNs: tns,
    };
  });
}

export function elementChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.next) {
    if ('attrs' in n) out.push(n as XmlElement);
  }
  return out;
}

export function requiredAttr(el: XmlElement, name: string): string {
  const value = el.attr(name)?.value;
  if (value === undefined) throw new Error(`<${el.name}> needs @${name}`);
  return value;
}

/** Resolves a prefixed QName value against the namespaces in scope at `el`. */
export function resolve(el: XmlElement, qname: string): QName {
  const [prefix, local] = qname.includes(':') ? (qname.split(':') as [string, string]) : ['', qname];
  const ns = el.namespaces[prefix];
  if (ns === undefined) throw new Error(`prefix '${prefix}' of ${qname} is not declared`);
  return { ns, local };
}
