// ForberedelsesskemaService (Version 1, ours in DFDG's newer Danish style: no SOAP operation for the preparation form
// was found, D-279): the citizen saves and submits the preparation form on Jobnet (GemForberedelsesskema), with the
// digital screening's two answers in the pilot's target group (R-OTH-10); a form submitted from release 2022-1 has
// no statistical part (R-OTH-09). GetForberedelsesskema answers the variant shown and the forms; the citizen on
// Jobnet sees a screening result for 90 days, the caseworker until it is deleted (R-DEL-03).
// Access (D-279): Gem the citizen (self-service) and STAR; Get the citizen, the jobcentre and the a-kasse for their
// own citizens, STAR all.
import { alle, CITIZEN_USER_TYPE, egne, selfService } from '../../access/model.ts';
import { readPreparationForms, savePreparationForm } from '../../app/preparationForm/forms.ts';
import type { ForberedelsesskemaServiceOperations } from '../generated/operations.ts';

export const operations: ForberedelsesskemaServiceOperations = {
  GemForberedelsesskema: {
    kind: 'write',
    access: { allowed: { STAR: [alle] }, citizen: (r) => r.Personnummer, selfService: selfService() },
    absenceTypes: new Set(),
    async handle(req, call) {
      const id = await savePreparationForm(call.write, call.citizen!, {
        answers: req.Besvarelser.Svar.map((s) => ({ question: s.Spoergsmaal, answer: s.Svartekst })),
        screening: req.Screening
          ? { impairment: req.Screening.FunktionsnedsaettelseSvar, compensation: req.Screening.KompensationsbehovSvar }
          : null,
        submit: req.Indsend,
      });
      return { ForberedelsesskemaIdentifier: id };
    },
  },
  GetForberedelsesskema: {
    kind: 'read',
    access: {
      allowed: { Jobcenter: [egne], AKasse: [egne], STAR: [alle] },
      citizen: (r) => r.Personnummer,
      selfService: selfService(),
    },
    async handle(req, call) {
      const reader = call.actor.userType === CITIZEN_USER_TYPE ? 'citizen' : 'caseworker';
      const view = await readPreparationForms(call.read, call.citizen!, reader);
      return {
        Personnummer: req.Personnummer,
        Skemavariant: view.screeningVariant ? 'DigitalScreening' : 'Forberedelsesskema',
        ForberedelsesskemaCollection: {
          Forberedelsesskema: view.forms.map(({ form, screening }) => ({
            ForberedelsesskemaIdentifier: form.id,
            Kontaktgruppe: form.contactGroup,
            Startdato: form.startedOn,
            Indsendelsesdato: form.submittedOn ?? undefined,
            Besvarelser: { Svar: form.answers.map((a) => ({ Spoergsmaal: a.question, Svartekst: a.answer })) },
            StatistiskDel: form.statisticalPart ? { RisikoForLangtidsledighed: form.statisticalPart.risk } : undefined,
            Screening: screening
              ? {
                  Indsendelsesdato: screening.submittedOn,
                  FunktionsnedsaettelseSvar: screening.impairmentAnswer,
                  KompensationsbehovSvar: screening.compensationAnswer,
                }
              : undefined,
          })),
        },
      };
    },
  },
};
