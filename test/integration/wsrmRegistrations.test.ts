// A citizen's registrations reach the jobcentre, the municipality and the a-kasse over the WSRM pull
// (notifications-wsrm-wsb.md §3.1): an enrollment as GetUnemploymentEnrollmentVersion4, its cancellation as
// GetCancelUnemploymentEnrollmentVersion4, every contact group opened or ended (enrollment, cancellation,
// PersonRegistrationService.CreateContactGroup/UpdateContactGroup) as GetContactGroupVersion4. Each receiver drains
// its queue with CreateSequence → Get…Version<N> → TerminateSequence. GetMembershipCancellationVersion1 is served,
// and empty: no change in the facade ends a membership.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type soap from 'soap';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, jobcenter, kommune, type Caller, type Harness } from '../support/soapHarness.ts';
import { asArray, createSequence, drainQueue, endSequence, type ClientOf } from '../support/wsrmCalls.ts';
import { baseScenario, CPR } from './scenario.ts';

const as =
  (h: Harness, caller: Caller): ClientOf =>
  (service) =>
    h.client(service, caller);

const enrollment = (h: Harness, caller: Caller) => h.client('UnemploymentEnrollmentService', caller);

async function enroll(c: soap.Client, cpr: string, date: string): Promise<string> {
  const [res] = await c.UnemploymentEnrollmentAsync({
    UnemploymentEnrollment: {
      PersonCivilRegistrationIdentifier: cpr,
      ClientCategoryTypeIdentifier: 1,
      EnrollmentDate: `${date}T08:00:00`,
      CurrentUnemploymentStatusTypeIdentifier: 1,
    },
  });
  return res.ServiceReceipt.MessageIdentifier;
}

/** Each receiver's queue drained, as `{ messageType: items }`. */
const drainAll = async (h: Harness, callers: Caller[]) => {
  const out: Record<string, any[]>[] = [];
  for (const caller of callers) out.push(await drainQueue(as(h, caller)));
  return out;
};

eachDatabase('WSRM: enrollment, cancellation and contact groups', '2024-01-15', baseScenario, (h) => {
  test('an enrollment reaches the jobcentre, the municipality and the a-kasse as GetUnemploymentEnrollmentVersion4, with who registered it', async () => {
    const id = await enroll(await enrollment(h(), jobcenter()), CPR.member, '2024-01-15');
    const queues = await drainAll(h(), [jobcenter(), kommune(), akasse('81')]);
    for (const queue of queues) {
      const [item, ...more] = queue.GetUnemploymentEnrollmentVersion4 ?? [];
      assert.equal(more.length, 0, 'one message per receiver');
      assert.equal(item.UnemploymentEnrollmentIdentifier, id, "the enrollment's id, as its receipt named it");
      assert.equal(item.UnemploymentEnrollment.PersonCivilRegistrationIdentifier, CPR.member);
      assert.equal(Number(item.UnemploymentEnrollment.ClientCategoryTypeIdentifier), 1);
      assert.equal(item.UnemploymentEnrollment.EnrollmentDate, '2024-01-15T00:00:00');
      assert.equal(Number(item.UnemploymentEnrollment.CurrentUnemploymentStatusTypeIdentifier), 1);
      assert.match(item.WSRMMetadata.MessageIdentifier, /^[0-9a-f-]{36}$/);
      assert.equal(item.WSRMMetadata.RegisteringAuthority.OrganisationCode, '10100');
    }
    const ids = queues.map((q) => q.GetUnemploymentEnrollmentVersion4![0].WSRMMetadata.MessageIdentifier);
    assert.equal(new Set(ids).size, 3, 'each receiver has its own message');
    assert.deepEqual(await drainAll(h(), [akasse('99'), jobcenter('20100')]), [{}, {}], 'nobody else gets it');
  });

  test('a cancellation reaches the receivers as GetCancelUnemploymentEnrollmentVersion4, and the contact group it closes as GetContactGroupVersion4', async () => {
    const c = await enrollment(h(), akasse('81'));
    const enrolled = await enroll(await enrollment(h(), jobcenter()), CPR.counter340, '2024-01-15');
    await drainAll(h(), [jobcenter(), kommune(), akasse('81')]);
    await c.CancelUnemploymentEnrollmentAsync({
      CancelUnemploymentEnrollment: {
        PersonCivilRegistrationIdentifier: CPR.counter340,
        CancellationDate: '2024-01-20T00:00:00',
        CancellationReasonTypeIdentifier: 1,
      },
    });
    for (const queue of await drainAll(h(), [jobcenter(), kommune(), akasse('81')])) {
      assert.deepEqual(Object.keys(queue).sort(), [
        'GetCancelUnemploymentEnrollmentVersion4',
        'GetContactGroupVersion4',
      ]);
      const [cancelled] = queue.GetCancelUnemploymentEnrollmentVersion4!;
      assert.equal(cancelled.UnemploymentEnrollmentIdentifier, enrolled);
      assert.equal(cancelled.CancelUnemploymentEnrollment.CancellationDate, '2024-01-20T00:00:00');
      assert.equal(Number(cancelled.CancelUnemploymentEnrollment.CancellationReasonTypeIdentifier), 1);
      assert.equal(cancelled.WSRMMetadata.RegisteringAuthority.OrganisationCode, '81');
      const [group] = queue.GetContactGroupVersion4!;
      assert.equal(Number(group.ContactGroupTypeIdentifier), 1);
      assert.equal(group.StartDate, '2024-01-15');
      assert.equal(group.EndDate, '2024-01-20');
    }
  });

  test('UpdateContactGroup then CreateContactGroup: the ended group and the new one, in that order, to each receiver', async () => {
    const registration = await h().client('PersonRegistrationService', jobcenter());
    await registration.UpdateContactGroupAsync({
      PersonCivilRegistrationIdentifier: CPR.sick,
      ContactGroup: {
        ContactGroupTypeIdentifier: 24,
        StartDate: '2022-03-01T00:00:00',
        EndDate: '2024-01-31T00:00:00',
      },
    });
    await registration.CreateContactGroupAsync({
      PersonCivilRegistrationIdentifier: CPR.sick,
      ContactGroup: { ContactGroupTypeIdentifier: 1, StartDate: '2024-02-01T00:00:00' },
    });
    const [row] = await h().db('contact_group').where({ cpr: CPR.sick, contact_group: 1 });
    for (const queue of await drainAll(h(), [jobcenter(), kommune(), akasse('81')])) {
      const groups = asArray(queue.GetContactGroupVersion4).map((g) => [
        Number(g.ContactGroupTypeIdentifier),
        g.StartDate,
        g.EndDate ?? null,
      ]);
      assert.deepEqual(groups, [
        [24, '2022-03-01', '2024-01-31'],
        [1, '2024-02-01', null],
      ]);
      assert.equal(queue.GetContactGroupVersion4![1].ContactGroupIdentifier, row.id);
      assert.equal(queue.GetContactGroupVersion4![1].PersonCivilRegistrationIdentifier, CPR.sick);
    }
  });

  test('GetMembershipCancellationVersion1 answers an empty collection in an open sequence', async () => {
    const seq = await createSequence(as(h(), akasse('81')));
    const messages = await h().client('WsrmMessageService', akasse('81'));
    const [res] = await messages.GetMembershipCancellationVersion1Async({ Identifier: seq.id });
    assert.deepEqual(asArray(res?.MembershipCancellationRegistration), []);
    await endSequence(as(h(), akasse('81')), 'TerminateSequence', seq.id);
  });
});
