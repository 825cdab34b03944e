// `cert add <file.pem> --services LIST|* [--organisations T:CODE,…]`, `cert revoke <fingerprint|RID>`,
// `cert list`: the function-certificate whitelist (src/store/clientCertificateRepository.ts). A certificate is
// an OCES3 (CVR + UUID) or OCES2 (CVR + FID) function certificate; its CVR is its data processor, whose
// organisations (`T:CODE`, `T:*` for every code of organisation type T) are what any of its certificates may
// act for in ActiveOrganisationHeader. The services are the WSDL service names it was ordered for.
import fs from 'node:fs';
import { ALL_SERVICES, ANY_CODE, type Organisation } from '../../access/dataProcessor.ts';
import { readFunctionCertificate } from '../../access/functionCertificate.ts';
import {
  listCertificates,
  registerCertificate,
  revokeCertificate,
  type RegisteredCertificate,
} from '../../store/clientCertificateRepository.ts';
import { stringOption, UsageError, type Command } from '../command.ts';
import { clockOf } from '../clockOf.ts';
import { textTable } from '../table.ts';

function organisationsOf(text: string | undefined): Organisation[] {
  if (text === undefined) return [];
  return text.split(',').map((item) => {
    const m = /^(\d{1,3}):([0-9A-Za-z]{1,20}|\*)$/.exec(item.trim());
    if (!m)
      throw new UsageError(`--organisations takes TYPE:CODE or TYPE:${ANY_CODE} separated by commas; got ${item}`);
    return { organisationType: Number(m[1]), organisationCode: m[2]! };
  });
}

async function servicesOf(text: string | undefined): Promise<RegisteredCertificate['services']> {
  if (text === undefined) throw new UsageError(`--services is required: WSDL service names, or ${ALL_SERVICES}`);
  if (text.trim() === ALL_SERVICES) return ALL_SERVICES;
  const { serviceDescriptors } = await import('../../contract/generated/services.ts');
  const known = serviceDescriptors.map((d) => d.name);
  const names = text.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) throw new UsageError(`unknown service ${unknown.join(', ')} (known: ${known.join(', ')})`);
  return names;
}

const organisationText = (o: Organisation) => `${o.organisationType}:${o.organisationCode}`;

export const certAdd: Command = {
  name: 'cert add',
  args: ['<certificate.pem>'],
  summary: 'registers a function certificate for web services and its data processor for organisations',
  options: {
    services: { type: 'string', value: 'NAME,…|*', help: 'the WSDL services it may call (required; * for all)' },
    organisations: {
      type: 'string',
      value: 'T:CODE,…',
      help: `organisations its data processor (the CVR on it) may act for; T:${ANY_CODE} for every code of type T`,
    },
  },
  async run(input) {
    const organisations = organisationsOf(stringOption(input, 'organisations'));
    const services = await servicesOf(stringOption(input, 'services'));
    let cert;
    try {
      cert = readFunctionCertificate(fs.readFileSync(input.args[0]!));
    } catch (err) {
      throw new UsageError(`${input.args[0]}: ${(err as Error).message}`);
    }
    const added = await registerCertificate(await input.db(), cert, {
      services,
      organisations,
      now: clockOf(input.config).nowDateTime(),
    });
    console.log(
      `cert add: ${cert.rid} (${cert.generation}, fingerprint ${cert.fingerprint}) ${added ? 'registered' : 'was registered already, unchanged'}; data processor ${cert.cvr}: ${organisations.length} organisation(s) added`,
    );
    return 0;
  },
};

export const certRevoke: Command = {
  name: 'cert revoke',
  args: ['<fingerprint|RID>'],
  summary: 'revokes a registered certificate: its calls are refused with 1012 from the next request',
  async run(input) {
    const n = await revokeCertificate(await input.db(), input.args[0]!, clockOf(input.config).nowDateTime());
    console.log(`cert revoke: ${n} certificate(s) revoked`);
    return n > 0 ? 0 : 1;
  },
};

export const certList: Command = {
  name: 'cert list',
  summary: 'lists the registered certificates with their services and their data processor’s organisations',
  async run(input) {
    const certs = await listCertificates(await input.db());
    if (certs.length === 0) console.log('no certificates registered');
    else
      console.log(
        textTable([
          ['rid', 'processor', 'services', 'organisations', 'valid to', 'revoked', 'fingerprint'],
          ...certs.map((c) => [
            c.rid,
            c.processorCvr,
            c.services === ALL_SERVICES ? ALL_SERVICES : c.services.join(','),
            c.organisations.map(organisationText).join(','),
            c.validTo,
            c.revokedAt ?? '-',
            c.fingerprint,
          ]),
        ]),
      );
    return 0;
  },
};
