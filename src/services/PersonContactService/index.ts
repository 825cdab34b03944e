// PersonContactService (Version 3 [UDV], 2020-1; conventions.md S40): a citizen's contact persons. Create, Update
// and GetPersonContacts as the page names them [F]; DeletePersonContact is the facade's (D-9xx). The page's
// PersonCivilRegistrationIdentifierCollection is served for one citizen per call (5061, D-9xx). Dates are
// xs:dateTime on the wire and Danish calendar dates in the domain (D-18). A contact of types 2 or 15 (from an
// activity) is shown without its PersonContactIdentifier, as the page says.
// Access (no "Tilladte organisationer" found, D-9xx): A-kasse, JobCenter and Kommune egne; STAR alle borgere reads.
import { alle, egne } from '../../access/model.ts';
import {
  createPersonContact,
  deletePersonContactOf,
  personContacts,
  updatePersonContactOf,
} from '../../app/personContact/personContacts.ts';
import type { PersonContactType } from '../../contract/generated/types.ts';
import { asLocalDateTime, calendarDateOf } from '../../domain/dates.ts';
import { PersonContactTypes, type PersonContactFields } from '../../domain/personContact.ts';
import { fault } from '../../faults/catalogue.ts';
import type { PersonContactServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

/** The one citizen of a PersonCivilRegistrationIdentifierCollection (5061 for more). */
function oneCitizen(r: {
  PersonCivilRegistrationIdentifierCollection: { PersonCivilRegistrationIdentifier: string[] };
}) {
  const cprs = r.PersonCivilRegistrationIdentifierCollection.PersonCivilRegistrationIdentifier;
  if (cprs.length !== 1) throw fault('OneCitizenPerPersonContactCall', `${cprs.length} citizens named`);
  return cprs[0]!;
}

function fieldsOf(p: PersonContactType): PersonContactFields {
  return {
    contactType: p.PersonContactTypeIdentifier,
    startDate: calendarDateOf(p.StartDate),
    endDate: p.EndDate === undefined ? null : calendarDateOf(p.EndDate),
    externalCaseWorkerId: p.ExternalCaseWorkerIdentifier ?? null,
    givenName: p.ContactPersonGivenName ?? null,
    surname: p.ContactPersonSurname ?? null,
    phone: p.TelephoneNumberIdentifier ?? null,
    email: p.EmailAddressIdentifier ?? null,
  };
}

/** Types whose contacts GetPersonContacts shows without an identifier (the page: "mentor or udslusningskoordinator"). */
const WITHOUT_IDENTIFIER: ReadonlySet<number> = new Set([
  PersonContactTypes.Mentor,
  PersonContactTypes.Udslusningskoordinator,
]);

const writers = { AKasse: [egne], Jobcenter: [egne], Kommune: [egne] };

export const operations: PersonContactServiceOperations = {
  CreatePersonContact: {
    kind: 'write',
    access: { allowed: writers, citizen: (r) => oneCitizen(r) },
    async handle(req, call) {
      const p = req.PersonContact;
      const id = await createPersonContact(call.write, call.citizen!, fieldsOf(p), p.PersonContactIdentifier ?? null);
      return receipt(call.write, id);
    },
  },
  UpdatePersonContact: {
    kind: 'write',
    access: { allowed: writers, citizen: (r) => oneCitizen(r) },
    async handle(req, call) {
      const p = req.PersonContact;
      await updatePersonContactOf(call.write, call.citizen!, fieldsOf(p), p.PersonContactIdentifier ?? null);
      return { EmptyResponse: {} };
    },
  },
  DeletePersonContact: {
    kind: 'write',
    access: { allowed: writers, citizen: (r) => r.PersonCivilRegistrationIdentifier },
    async handle(req, call) {
      await deletePersonContactOf(call.write, call.citizen!, req.PersonContactIdentifier);
      return { EmptyResponse: {} };
    },
  },
  GetPersonContacts: {
    kind: 'read',
    access: { allowed: { ...writers, STAR: [alle] }, citizen: (r) => r.PersonCivilRegistrationIdentifier },
    async handle(req, call) {
      const cpr = req.PersonCivilRegistrationIdentifier;
      const contacts = await personContacts(call.read, cpr);
      return {
        PersonCivilRegistrationIdentifier: cpr,
        PersonContactCollection: {
          PersonContact: contacts.map((c) => ({
            PersonContactIdentifier: WITHOUT_IDENTIFIER.has(c.contactType) ? undefined : c.id,
            PersonContactTypeIdentifier: c.contactType,
            StartDate: asLocalDateTime(c.startDate),
            EndDate: c.endDate === null ? undefined : asLocalDateTime(c.endDate),
            ResponsibleAuthority: {
              AuthorityCode: c.authority.organisationCode,
              OrganisationTypeIdentifier: c.authority.organisationType,
            },
            ExternalCaseWorkerIdentifier: c.externalCaseWorkerId ?? undefined,
            ContactPersonGivenName: c.givenName ?? undefined,
            ContactPersonSurname: c.surname ?? undefined,
            TelephoneNumberIdentifier: c.phone ?? undefined,
            EmailAddressIdentifier: c.email ?? undefined,
            ActivityIdentifier: c.activityId ?? undefined,
          })),
        },
      };
    },
  },
};
