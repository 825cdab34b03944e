// Borgerindsats.AsylovergivelseService (Version 1, release 2023-4): the asylum handover data (R-OTH-01), one record
// per citizen — CreateAsylovergivelse, UpdateAsylovergivelse, GetAsylovergivelse, without the old CvEditEnddate.
// Names and elements [I] (D-262). Access [I]: the actor is the jobcentre (R-OTH-01), with the municipality beside it;
// STAR reads.
import { alle, egne } from '../../access/model.ts';
import { asylumHandover, saveAsylumHandover, type AsylumHandoverFields } from '../../app/person/asylumHandover.ts';
import type { AsylovergivelseType } from '../../contract/generated/types.ts';
import { calendarDateOf } from '../../domain/dates.ts';
import type { AsylumHandover } from '../../domain/personRegistration.ts';
import type { BorgerindsatsAsylovergivelseServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

const writers = { Jobcenter: [egne], Kommune: [egne] };
const aboutCitizen = (r: { Personnummer: string }) => r.Personnummer;
const NO_ABSENCES: ReadonlySet<number> = new Set();

const fields = (a: AsylovergivelseType): AsylumHandoverFields => ({
  handoverDate: calendarDateOf(a.Overgivelsesdato),
  municipalityCode: a.Kommunenummer ?? null,
  residencePermitDate: a.Opholdstilladelsesdato === undefined ? null : calendarDateOf(a.Opholdstilladelsesdato),
});

const toWire = (h: AsylumHandover): AsylovergivelseType => ({
  Overgivelsesdato: h.handoverDate,
  ...(h.municipalityCode !== null && { Kommunenummer: h.municipalityCode }),
  ...(h.residencePermitDate !== null && { Opholdstilladelsesdato: h.residencePermitDate }),
});

export const operations: BorgerindsatsAsylovergivelseServiceOperations = {
  CreateAsylovergivelse: {
    kind: 'write',
    access: { allowed: writers, citizen: aboutCitizen },
    absenceTypes: NO_ABSENCES,
    async handle(req, call) {
      await saveAsylumHandover(call.write, call.citizen!, call.actor, 'create', fields(req.Asylovergivelse));
      return receipt(call.write);
    },
  },
  UpdateAsylovergivelse: {
    kind: 'write',
    access: { allowed: writers, citizen: aboutCitizen },
    absenceTypes: NO_ABSENCES,
    async handle(req, call) {
      await saveAsylumHandover(call.write, call.citizen!, call.actor, 'update', fields(req.Asylovergivelse));
      return receipt(call.write);
    },
  },
  GetAsylovergivelse: {
    kind: 'read',
    access: { allowed: { ...writers, STAR: [alle] }, citizen: aboutCitizen },
    async handle(req, call) {
      const handover = await asylumHandover(call.read, req.Personnummer);
      return { Personnummer: req.Personnummer, Asylovergivelse: toWire(handover) };
    },
  },
};
