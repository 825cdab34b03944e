// The migrations, in order, imported statically so they load under tsx (and any bundler) without
// scanning a directory. Add a new migration here and nowhere else.
import type { Knex } from 'knex';
import * as citizenState from './001_citizen_state.ts';
import * as outbox from './002_outbox.ts';
import * as wsrmSequence from './003_wsrm_sequence.ts';
import * as contactProcess from './004_contact_process.ts';
import * as jobOrders from './005_job_orders.ts';
import * as push from './006_push.ts';
import * as personMoves from './007_person_moves.ts';
import * as personRegistration from './031_person_registration.ts';
import * as jobRun from './008_job_run.ts';
import * as auditEvent from './009_audit_event.ts';
import * as benefitsGrading from './010_benefits_grading.ts';
import * as subscriptionSystem from './011_subscription_system.ts';
import * as companyJobcentre from './012_company_jobcentre.ts';
import * as cvCustomerNumber from './013_cv_customer_number.ts';
import * as slotReservation from './014_slot_reservation.ts';
import * as clientCertificates from './015_client_certificates.ts';
import * as auditTrail from './016_audit_trail.ts';
import * as idempotentWrite from './017_idempotent_write.ts';
import * as absenceByType from './018_absence_by_type.ts';
import * as plans from './020_plans.ts';
import * as citizenMessages from './021_citizen_messages.ts';
import * as personContact from './022_person_contact.ts';
import * as activities from './019_activities.ts';
import * as nuph from './023_nuph.ts';
import * as sanctions from './026_sanctions.ts';
import * as tidligPension from './028_tidlig_pension.ts';
import * as archiveDelivery from './029_archive_delivery.ts';
import * as nuphDialog from './025_nuph_dialog.ts';
import * as feedEvents from './030_feed_events.ts';
import * as activitySupplement from './032_activity_supplement.ts';
import * as onePersonCategory from './033_one_person_category.ts';
import * as cv from './039_cv.ts';
import * as preparationForm from './040_preparation_form.ts';
import * as udb from './037_udb.ts';
import * as contactHistoryEntityIndex from './041_contact_history_entity_index.ts';
import * as rehabilitation from './034_rehabilitation.ts';
import * as referralProgrammes from './035_referral_programmes.ts';

export interface NamedMigration extends Knex.Migration {
  readonly name: string;
}

export const migrations: readonly NamedMigration[] = [
  { name: '001_citizen_state', up: citizenState.up, down: citizenState.down },
  { name: '002_outbox', up: outbox.up, down: outbox.down },
  { name: '003_wsrm_sequence', up: wsrmSequence.up, down: wsrmSequence.down },
  { name: '004_contact_process', up: contactProcess.up, down: contactProcess.down },
  { name: '005_job_orders', up: jobOrders.up, down: jobOrders.down },
  { name: '006_push', up: push.up, down: push.down },
  { name: '007_person_moves', up: personMoves.up, down: personMoves.down },
  { name: '008_job_run', up: jobRun.up, down: jobRun.down },
  { name: '009_audit_event', up: auditEvent.up, down: auditEvent.down },
  { name: '010_benefits_grading', up: benefitsGrading.up, down: benefitsGrading.down },
  { name: '011_subscription_system', up: subscriptionSystem.up, down: subscriptionSystem.down },
  { name: '012_company_jobcentre', up: companyJobcentre.up, down: companyJobcentre.down },
  { name: '013_cv_customer_number', up: cvCustomerNumber.up, down: cvCustomerNumber.down },
  { name: '014_slot_reservation', up: slotReservation.up, down: slotReservation.down },
  { name: '015_client_certificates', up: clientCertificates.up, down: clientCertificates.down },
  { name: '016_audit_trail', up: auditTrail.up, down: auditTrail.down },
  { name: '017_idempotent_write', up: idempotentWrite.up, down: idempotentWrite.down },
  { name: '018_absence_by_type', up: absenceByType.up, down: absenceByType.down },
  { name: '020_plans', up: plans.up, down: plans.down },
  { name: '021_citizen_messages', up: citizenMessages.up, down: citizenMessages.down },
  { name: '022_person_contact', up: personContact.up, down: personContact.down },
  { name: '019_activities', up: activities.up, down: activities.down },
  { name: '023_nuph', up: nuph.up, down: nuph.down },
  { name: '026_sanctions', up: sanctions.up, down: sanctions.down },
  { name: '028_tidlig_pension', up: tidligPension.up, down: tidligPension.down },
  { name: '029_archive_delivery', up: archiveDelivery.up, down: archiveDelivery.down },
  { name: '025_nuph_dialog', up: nuphDialog.up, down: nuphDialog.down },
  { name: '030_feed_events', up: feedEvents.up, down: feedEvents.down },
  { name: '032_activity_supplement', up: activitySupplement.up, down: activitySupplement.down },
  { name: '031_person_registration', up: personRegistration.up, down: personRegistration.down },
  { name: '033_one_person_category', up: onePersonCategory.up, down: onePersonCategory.down },
  { name: '039_cv', up: cv.up, down: cv.down },
  { name: '040_preparation_form', up: preparationForm.up, down: preparationForm.down },
  { name: '037_udb', up: udb.up, down: udb.down },
  { name: '041_contact_history_entity_index', up: contactHistoryEntityIndex.up, down: contactHistoryEntityIndex.down },
  { name: '034_rehabilitation', up: rehabilitation.up, down: rehabilitation.down },
  { name: '035_referral_programmes', up: referralProgrammes.up, down: referralProgrammes.down },
];

export const migrationSource: Knex.MigrationSource<NamedMigration> = {
  getMigrations: async () => [...migrations],
  getMigrationName: (m) => m.name,
  getMigration: async (m) => m,
};
