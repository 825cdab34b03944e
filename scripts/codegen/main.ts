// npm run codegen: wsdl/*.wsdl + xsd/*.xsd → src/contract/generated/{types,services}.ts and the adapters'
// operation interfaces src/services/generated/operations.ts
// npm run codegen:check: fails (exit 1) when the checked-in generated files differ from a fresh run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlDocument } from 'libxml2-wasm';
import { SchemaSet, elementChildren, requiredAttr, resolve } from './schemaSet.ts';
import { emitOperations, emitServices, emitTypes, type WsdlService } from './emit.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Generated file → its path in the repository. */
const outFile = (name: string) => path.join(root, name);
const WSDL = 'http://schemas.xmlsoap.org/wsdl/';
const SOAP = 'http://schemas.xmlsoap.org/wsdl/soap/';

function readWsdl(file: string, schemas: SchemaSet): WsdlService {
  const doc = XmlDocument.fromBuffer(fs.readFileSync(file));
  try {
    const defs = doc.root;
    const children = elementChildren(defs).filter((e) => e.namespaceUri === WSDL);
    const messages = new Map(
      children
        .filter((e) => e.name === 'message')
        .map((m) => {
          const part = elementChildren(m)[0]!;
          return [requiredAttr(m, 'name'), resolve(part, requiredAttr(part, 'element'))] as const;
        }),
    );
    const binding = children.find((e) => e.name === 'binding')!;
    const soapActions = new Map(
      elementChildren(binding)
        .filter((e) => e.name === 'operation')
        .map((op) => {
          const soapOp = elementChildren(op).find((e) => e.namespaceUri === SOAP && e.name === 'operation')!;
          return [requiredAttr(op, 'name'), requiredAttr(soapOp, 'soapAction')] as const;
        }),
    );
    const portType = children.find((e) => e.name === 'portType')!;
    const operations = elementChildren(portType).map((op) => {
      const name = requiredAttr(op, 'name');
      const message = (tag: string) => {
        const io = elementChildren(op).find((e) => e.name === tag)!;
        const element = messages.get(resolve(io, requiredAttr(io, 'message')).local);
        if (!element) throw new Error(`${file}: ${name} ${tag} message not found`);
        return schemas.describeElement(element);
      };
      return { name, soapAction: soapActions.get(name) ?? '', request: message('input'), response: message('output') };
    });
    const service = children.find((e) => e.name === 'service')!;
    const port = elementChildren(service)[0]!;
    const address = elementChildren(port).find((e) => e.namespaceUri === SOAP && e.name === 'address')!;
    const endpointPath = new URL(requiredAttr(address, 'location')).pathname;
    const version = endpointPath.split('/')[1]!;
    return {
      name: requiredAttr(service, 'name'),
      version,
      namespace: requiredAttr(defs, 'targetNamespace'),
      wsdlFile: path.relative(path.join(root, 'wsdl'), file).split(path.sep).join('/'),
      endpointPath,
      operations,
    };
  } finally {
    doc.dispose();
  }
}

/** Elements that are not operations but are read or written with the same machinery. */
const EXTRA_ELEMENTS = [
  { ns: 'http://rep.oio.dk/ams.dk/xml/schemas/2005/09/01/', local: 'ActiveOrganisationHeader' },
  { ns: 'http://service.bm.dk/RequestUserMetadata/2015/01/21/', local: 'RequestUserMetadataHeader' },
  {
    ns: 'http://service.bm.dk/pjaktass/2024/12/01/CivilRegistrationIdentifierHeader/',
    local: 'CivilRegistrationIdentifier',
  },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/Common/', local: 'DfdgFault' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetAbsenceType' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetIndkaldelseType' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetAkasseIndkaldelseType' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetIndkaldelseshaendelseType' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetInterviewDeadlineType' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetCompanyRecruitmentType' },
  {
    ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/',
    local: 'GetRehabilitationProcessNotificationType',
  },
  {
    ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/',
    local: 'GetBenefitsAccountFromFormerUnemploymentFundType',
  },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetUnemploymentEnrollmentType' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetCancelUnemploymentEnrollmentType' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetContactGroupType' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'MembershipCancellationRegistration' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetPlanType' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetCitizenMessageType' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetActivityGeneralEventType' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetActivitySpecielEventType' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetNuphType' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetNuphAnswerType' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetTidligPensionType' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'GetNuphDialogEventType' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'CVStatus' },
  { ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/', local: 'CVUpdated' },
  {
    ns: 'http://service.bm.dk/pjaktass/2024/12/01/WsrmMessageService/',
    local: 'GetRehabilitationDocumentNotificationType',
  },
];

function generate(): Map<string, string> {
  const schemas = SchemaSet.load(path.join(root, 'xsd'));
  const wsdlDir = path.join(root, 'wsdl');
  const wsdlsIn = (dir: string) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.wsdl'))
      .sort()
      .map((f) => readWsdl(path.join(dir, f), schemas));
  const services = wsdlsIn(wsdlDir);
  // wsdl/outbound/: services other systems expose and the facade calls (src/outbound/); typed and described
  // like the served ones, but neither served nor given an adapter interface.
  const outbound = wsdlsIn(path.join(wsdlDir, 'outbound'));
  const extras = EXTRA_ELEMENTS.map((q) => schemas.describeElement(q));
  return new Map([
    ['src/contract/generated/types.ts', emitTypes(services, extras, outbound)],
    ['src/contract/generated/services.ts', emitServices(services, extras, outbound)],
    ['src/services/generated/operations.ts', emitOperations(services)],
  ]);
}

const files = generate();
if (process.argv.includes('--check')) {
  const stale = [...files].filter(([name, text]) => {
    const file = outFile(name);
    return !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text;
  });
  if (stale.length > 0) {
    console.error(`generated code is stale: ${stale.map(([n]) => n).join(', ')}; run npm run codegen and commit`);
    process.exit(1);
  }
  console.log('generated code is up to date with wsdl/ and xsd/');
} else {
  for (const [name, text] of files) {
    fs.mkdirSync(path.dirname(outFile(name)), { recursive: true });
    fs.writeFileSync(outFile(name), text);
  }
  console.log(`wrote ${[...files.keys()].join(', ')}`);
}
