// The preparation form (forberedelsesskema) on Jobnet (issue 17): the citizen saves their open form (the first save
// starts it, the contact group of that day is kept) and submits it; a form submitted before release 2022-1 by a
// dagpenge recipient gets its statistical part (R-OTH-09); in the digital screening pilot the target group answers
// the variant's two questions with the submission (R-OTH-10), kept apart for their own retention (R-DEL-03). The
// jobcentre and the a-kasse read the forms; the citizen on Jobnet sees the screening result for 90 days (R-DEL-03).
import { within } from '../../domain/dates.ts';
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import {
  contactGroupOn,
  getsStatisticalPart,
  PREPARATION_FORM_CONTACT_GROUPS,
  screeningRules,
  screeningShown,
  screeningVisibleOnJobnet,
} from '../../rules/index.ts';
import { rehabilitationProcessesOf } from '../../store/personMoveRepository.ts';
import {
  formsOf,
  insertForm,
  insertScreening,
  screeningsOf,
  updateForm,
  type FormAnswer,
  type PreparationForm,
  type ScreeningResult,
} from '../../store/preparationFormRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';

export interface FormSave {
  answers: FormAnswer[];
  screening: { impairment: string; compensation: string } | null;
  submit: boolean;
}

/**
 * A stand-in for STAR's statistical model, which is not documented (D-280): the risk of long-term unemployment by
 * age on the day of submission — under 30 low, 30–49 middle, 50 and over high.
 */
function riskByAge(birthDate: IsoDate, on: IsoDate): 'Lav' | 'Middel' | 'Hoej' {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (on.slice(5) < birthDate.slice(5) ? 1 : 0);
  return years < 30 ? 'Lav' : years < 50 ? 'Middel' : 'Hoej';
}

/** Saves (and with `submit`, submits) the citizen's open form; returns its id. */
export async function savePreparationForm(w: WriteContext, citizen: CitizenState, save: FormSave): Promise<string> {
  const cpr = citizen.person.cpr;
  const today = w.businessDate;
  enforceRules(screeningRules, { citizen, answered: save.screening !== null }, today);
  if (save.screening !== null && !save.submit)
    throw fault('ScreeningOnlyWithSubmission', 'Screening is given with Indsend true');
  const forms = await formsOf(w.trx, cpr);
  const open = forms.find((f) => f.submittedOn === null) ?? null;
  const inRehabilitation =
    open?.inRehabilitation === true ||
    (await rehabilitationProcessesOf(w.trx, cpr)).some((p) => within(today, p.startDate, p.endDate));
  let form: PreparationForm;
  if (open === null) {
    const group = contactGroupOn(citizen, today);
    if (group === null || !PREPARATION_FORM_CONTACT_GROUPS.has(group))
      throw fault('PreparationFormNotForContactGroup', `contact group ${group ?? 'none'} on ${today}`);
    form = {
      id: timeOrderedUuid(),
      cpr,
      contactGroup: group,
      startedOn: today,
      submittedOn: null,
      answers: save.answers,
      statisticalPart: null,
      inRehabilitation,
    };
  } else form = { ...open, answers: save.answers, inRehabilitation };
  if (save.submit) {
    form.submittedOn = today;
    form.statisticalPart = getsStatisticalPart(form.contactGroup, today)
      ? { risk: riskByAge(citizen.person.birthDate, today) }
      : null;
  }
  if (open === null) await insertForm(w.trx, form);
  else await updateForm(w.trx, form);
  if (save.screening !== null)
    await insertScreening(w.trx, {
      id: timeOrderedUuid(),
      cpr,
      formId: form.id,
      municipalityCode: citizen.person.municipalityCode,
      submittedOn: today,
      impairmentAnswer: save.screening.impairment,
      compensationAnswer: save.screening.compensation,
    });
  return form.id;
}

export interface FormsView {
  screeningVariant: boolean;
  forms: { form: PreparationForm; screening: ScreeningResult | null }[];
}

/** The citizen's forms as `reader` sees them: the citizen on Jobnet sees a screening result for 90 days only. */
export async function readPreparationForms(
  r: ReadContext,
  citizen: CitizenState,
  reader: 'citizen' | 'caseworker',
): Promise<FormsView> {
  const cpr = citizen.person.cpr;
  const screenings = await screeningsOf(r.db, cpr);
  const forms = (await formsOf(r.db, cpr)).map((form) => {
    const screening = screenings.find((s) => s.formId === form.id) ?? null;
    const visible =
      screening !== null &&
      (reader === 'caseworker' || screeningVisibleOnJobnet(screening.submittedOn, r.businessDate));
    return { form, screening: visible ? screening : null };
  });
  return { screeningVariant: screeningShown(citizen, r.businessDate), forms };
}
