#!/usr/bin/python3
"""Interop check with an independent SOAP stack (python3-zeep).

usage: /usr/bin/python3 test/interop/zeep_client.py BASE_URL CPR [--start YYYY-MM-DD] [--end YYYY-MM-DD]

Loads every WSDL listed by BASE_URL/services (each via its `wsdl` URL; zeep resolves the ../xsd imports over
HTTP(S)), over mTLS when DFDG_TLS_CA, DFDG_TLS_CERT and DFDG_TLS_KEY name the CA and the client certificate, checks the operations each service exposes, then for CPR:
  1. PersonVisitationStatusService.GetPersonExempts with both DFDG SOAP headers (built from the WSDL's header elements)
  2. AbsenceRegistrationService.CreateAbsence (absence type 10, --start/--end)
  3. AbsenceRegistrationService.GetAbsence, which must return the created absence
  4. GetPersonExempts with a 9-digit CPR, which must fault with code 1001 or 1014
  5. drains the jobcentre's WSRM queue: WsrmService.CreateSequence, WsrmMessageService.GetAbsenceVersion7 (the
     created absence must be among the items), WsrmService.TerminateSequence; a second CreateSequence is empty
  6. the self-booking scenario: the jobcentre gives a type 7 deadline (Kontaktforloeb.FristService.CreateFrist) and
     an online offer (BorgerBookingService.CreateMoedetilbud); the citizen (user type 1, own CPR) lists the offers
     (GetSelfbookInterviewOptions) and books one (CreateBooking); the deadline is then fulfilled by that booking
     (GetFrister) and the booking reads back as a self-booked summons (Kontaktforloeb.IndkaldelseService.GetIndkaldelse)
  8. plans (issue 14): for PLAN_CPR, in the a-kasse period (absence 75 open, contact group 1), a-kasse 81 creates a
     draft jobplan with the ESCO-STAR job goal 'Tømrer' (PlanService.CreateDraftPlan) and publishes it (PublishPlan);
     jobcentre 10100's draft with a job goal is refused with the DFDG fault 5021; GetPlan shows the a-kasse's plan
  7. job orders: the jobcentre creates a job order (JobOrderService.CreateCompanyRecruitment), shares it with all
     jobcentres (ShareCompanyRecruitment) and places CPR on it (AddCandidateToCompanyRecruitment); the a-kasse
     creates an ordinary job order and hands it over to the jobcentre with reason 2 (HandOverCompanyRecruitment);
     GetCompanyRecruitment shows the candidate, the sharing and the new responsible authority
  9. NUPH (issue 15): jobcentre 10100 notifies PLAN_CPR's a-kasse of a no-show at an offer
     (Underretning.NuphService.CreateNuph); a-kasse 81 drains its WSRM queue (GetNuphVersion1 carries the NUPH) and
     answers with a sanction given (AnswerNuph); the jobcentre drains GetNuphAnswerVersion1 and reads the NUPH with
     GetNuphList: the answer shows the SanctionGiven flag and no sanction (R-AK-12)
Prints one JSON line with the results; exits 1 on any mismatch, 2 on an unexpected error.
"""
import argparse
import json
import sys
import traceback
import os
import uuid

import requests
import zeep
from zeep.exceptions import Fault
from zeep.transports import Transport

AOH_NS = "http://rep.oio.dk/ams.dk/xml/schemas/2005/09/01/"
RUM_NS = "http://service.bm.dk/RequestUserMetadata/2015/01/21/"
# The citizen of the plan step: dagpenge, contact group 1, absence 75 open (test/interop/facade.ts).
PLAN_CPR = "1603851235"

EXPECTED_OPERATIONS = {
    "PersonVisitationStatusService": {"GetPersonExempts"},
    "AbsenceRegistrationService": {
        "CreateAbsence", "UpdateAbsence", "DeleteAbsence", "GetAbsence", "CreateIllnessAndCancelEnrollment",
    },
    "JobnetVacationService": {"GetVacationState"},
    "JobnetCitizenStatusService": {
        "GetBorgerstatus", "GetSelfbookInterviewOptions", "GetSelfbookTimeslots", "CreateBooking", "RescheduleBooking",
        "CancelBooking",
    },
    "AbsenceActiveStatusService": {"UpdateAbsenceActiveStatus"},
    "UnemploymentEnrollmentService": {"UnemploymentEnrollment", "CancelUnemploymentEnrollment"},
    "UnemploymentBenefitsAccountService": {"CreateBenefitsAccount", "UpdateBenefitsAccount", "GetUnemploymentBenefitsAccountInfo"},
    "WsrmService": {"CreateSequence", "CloseSequence", "TerminateSequence"},
    "WsrmMessageService": {
        "GetAbsenceVersion7",
        "GetIndkaldelseVersion1",
        "GetAkasseIndkaldelseVersion1",
        "GetIndkaldelseshaendelseVersion1",
        "GetInterviewDeadlineVersion1",
        "GetInterviewDeadlineVersion2",
        "GetCompanyRecruitmentVersion4",
        "GetRehabilitationProcessNotificationVersion1",
        "GetBenefitsAccountFromFormerUnemploymentFundVersion3",
        "GetUnemploymentEnrollmentVersion4",
        "GetCancelUnemploymentEnrollmentVersion4",
        "GetContactGroupVersion4",
        "GetMembershipCancellationVersion1",
        "GetPlanVersion1",
        "GetCitizenMessageVersion1",
        "GetActivityGeneralEventVersion3",
        "GetActivitySpecielEventVersion3",
        "GetTidligPensionVersion1",
        "GetNuphVersion1",
        "GetNuphAnswerVersion1",
        "GetNuphDialogEventVersion1",
        "GetCVUpdatedVersion1",
        "GetCVStatusVersion7",
        "GetRehabilitationDocumentNotificationVersion1",
    },
    "PlanService": {
        "CreateDraftPlan", "UpdateDraftPlan", "PublishPlan", "GetPlan", "GetPlanHistory", "CreateJobSearchRequirement",
        "CreatePersonGroupMarking",
    },
    "CitizenMessageService": {
        "CreateMessage", "SaveOfferRecommendationDecision", "GetCitizenMessages", "GetJobnetCitizenMessages",
        "GetCitizenMessageDocument",
    },
    "JobOrderService": {
        "CreateCompanyRecruitment", "UpdateCompanyRecruitment", "GetCompanyRecruitment", "SearchCompanyRecruitment",
        "SetCompanyRecruitmentStatus", "ShareCompanyRecruitment", "HandOverCompanyRecruitment",
        "AddCandidateToCompanyRecruitment", "UpdateCandidateOnCompanyRecruitment", "UpdateCandidateOnCompanyRecruitmentEvent",
        "GetCandidateLog", "GetCompanyJobcenterAffiliation",
        "GetCandidatePlacementData",
    },
    "Kontaktforloeb.IndkaldelseService": {
        "CreateIndkaldelse", "UpdateIndkaldelse", "DeleteIndkaldelse", "GetIndkaldelse", "GetIndkaldelser",
        "GetIndkaldelseshistorik", "SaveDeltagelsesvalg", "GetDeltagelsesvalg", "GetDeltagelsesvalgshistorik",
        "CreateMyndighedsdeltager", "UpdateMyndighedsdeltager", "DeleteMyndighedsdeltager", "GetSoegning",
    },
    "BorgerBookingService": {
        "CreateMoedetilbud", "UpdateMoedetilbud", "GetSelfbookInterviewOptions", "GetBookingdetaljer",
        "CreateMoedetidReservation", "CreateBooking", "RescheduleBooking", "CancelBooking", "CreateFejlmelding",
    },
    "Kontaktforloeb.FristService": {"CreateFrist", "UpdateFrist", "CloseFrist", "GetFrister", "GetFristhistorik"},
    "PersonRegistrationService": {
        "CreatePersonInterview", "CreateContactGroup", "UpdateContactGroup", "CreatePersonCategory",
        "UpdatePersonCategory", "UpdatePersonJobcenter", "CreatePersonGroupMarking", "UpdatePersonGroupMarking",
        "DeletePersonGroupMarking", "CreateHealthLimitation", "UpdateHealthLimitation", "DeleteHealthLimitation",
    },
    "InterviewService": {"CreateInterview", "GetInterviewInfo"},
    "SubscriptionService": {"SetSubscriptions", "GetSubscriptions", "RemoveSubscription"},
    "EksternKommunikation.AbonnementService": {"SetAbonnementer", "GetAbonnementer"},
    "PersonNotificationService": {"GetPersonNotification", "AcknowledgePersonNotification"},
    "PersonContactService": {"CreatePersonContact", "UpdatePersonContact", "DeletePersonContact", "GetPersonContacts"},
    "ActivityService": {"CreateActivity", "UpdateActivity", "GetActivities", "GetActivationTypeIdentifierCodeList"},
    "PensionService": {"SaveTidligPension", "GetTidligPension"},
    "Underretning.NuphService": {"CreateNuph", "AnswerNuph", "GetNuphList"},
    "Sanktionsregister.SanktionService": {"CreateSanktion", "UpdateSanktion", "DeleteSanktion", "GetSanktion"},
    "JobcenterMessageService": {"SaveAvailabilityAssessment"},
    "Indberetning.HaendelseService": {"IndberetCprHaendelse", "IndberetYdelseGivet", "IndberetAkassemedlemskab", "IndberetUddannelseshaendelse"},
    "UnemploymentFundMembershipService": {"MembershipRegistration"},
    "Underretning.NuphDialogService": {
        "CreateSpoergsmaal", "CreateSpoergsmaalSvar", "GetNuphDialog", "CreateDokument", "GetDokument",
    },
    "VisiteringOgStatus.AktivitetstillaegService": {"CreateAktivitetstillaeg", "GetAktivitetstillaeg"},
    "IllnessRecoveryInformationService": {"CreateIllness", "CreateRecovery"},
    "Borgerindsats.AsylovergivelseService": {"CreateAsylovergivelse", "UpdateAsylovergivelse", "GetAsylovergivelse"},
    "CVService": {"GetCV", "SaveCV"},
    "CVWorkFlowService": {"UpdateCVStatus"},
    "ForberedelsesskemaService": {"GemForberedelsesskema", "GetForberedelsesskema"},
    "EksterneData.UddannelsesinstitutionService": {"GetUddannelsesinstitution"},
    "Borgerindsats.RehabiliteringsforloebService": {
        "CreateRehabiliteringsforloeb", "UpdateRehabiliteringsforloeb", "GetRehabiliteringsforloeb",
        "CreateRehabiliteringsdokument", "GetRehabiliteringsdokument",
    },
    "Borgerindsats.LetasylIntegrationslovService": {
        "CreateIntegrationskontrakt", "UpdateIntegrationskontrakt", "GetIntegrationskontrakter",
    },
}


def headers(client, organisation_type=8, organisation_code="10100", user_type=2, user_identifier=None):
    """Both DFDG security headers, built from the header elements the WSDL declares. A citizen acting through
    Jobnet is user type 1 with the CPR as user identifier."""
    aoh = client.get_element("{%s}ActiveOrganisationHeader" % AOH_NS)
    rum = client.get_element("{%s}RequestUserMetadataHeader" % RUM_NS)
    return [
        aoh(OrganisationTypeIdentifier=organisation_type, OrganisationCode=organisation_code),
        rum(
            RequestUserStructure={
                "UserFullName": "Zeep Interop",
                "RequestUserTypeIdentifier": {"CodeListItemIdentifier": user_type},
                "UserIdentifier": user_identifier or "CVR:12345678-UUID:3f2504e0-4f89-41d3-9a0c-0305e82c3301",
            },
            RequestOrganisationStructure={
                "OrganisationTypeIdentifier": {"CodeListItemIdentifier": organisation_type},
                "OrganisationCode": organisation_code,
            },
            RegistrationDateTime="2025-03-03T09:15:00+01:00",
        ),
    ]


def absences_of(result):
    """GetAbsence's absences, whether zeep unwrapped AbsenceCollection or not."""
    if result is None:
        return []
    collection = getattr(result, "AbsenceCollection", result)
    items = getattr(collection, "Absence", None)
    if items is None and isinstance(collection, list):
        items = collection
    return list(items or [])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("cpr")
    ap.add_argument("--start", default="2025-03-10")
    ap.add_argument("--end", default="2025-03-21")
    ap.add_argument("--today", default="2025-03-03")
    args = ap.parse_args()
    base = args.base.rstrip("/")
    results = {"services": {}, "mismatches": []}

    def check(cond, what):
        if not cond:
            results["mismatches"].append(what)
        return cond

    # mTLS (conventions.md §2): the facade's CA and the client's function certificate, from test/interop/facade.ts;
    # one requests session keeps its connections alive for every WSDL, schema and call.
    session = requests.Session()
    session.trust_env = False  # else REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE would override session.verify
    if os.environ.get("DFDG_TLS_CA"):
        session.verify = os.environ["DFDG_TLS_CA"]
        session.cert = (os.environ["DFDG_TLS_CERT"], os.environ["DFDG_TLS_KEY"])
    transport = Transport(session=session, timeout=10)
    listing = session.get(base + "/services", timeout=10).json()
    check(isinstance(listing, list) and len(listing) > 0, "/services lists no service")

    clients = {}
    for entry in listing:
        name = entry["name"]
        client = zeep.Client(entry["wsdl"], transport=transport)
        clients[name] = client
        ops = set()
        for service in client.wsdl.services.values():
            for port in service.ports.values():
                ops |= set(port.binding._operations.keys())
        results["services"][name] = {"version": entry.get("version"), "operations": sorted(ops)}
        expected = EXPECTED_OPERATIONS.get(name)
        check(expected is not None, "unexpected service %s" % name)
        if expected is not None:
            check(ops == expected, "%s exposes %s, expected %s" % (name, sorted(ops), sorted(expected)))
    for name in EXPECTED_OPERATIONS:
        check(name in clients, "service %s not listed" % name)

    visitation = clients["PersonVisitationStatusService"]
    absence = clients["AbsenceRegistrationService"]

    # 1. GetPersonExempts
    exempts = visitation.service.GetPersonExempts(
        PersonCivilRegistrationIdentifier=args.cpr, _soapheaders=headers(visitation)
    )
    exempt_date = getattr(exempts, "PersonExemptDate", None)
    info = getattr(exempts, "PersonExemptInfo", None)
    exempt_ids = []
    if info is not None and info.PersonExempts is not None:
        exempt_ids = [int(x) for x in (info.PersonExempts.PersonExemptTypeIdentifierType or [])]
    results["getPersonExempts"] = {"date": str(exempt_date) if exempt_date else None, "exempts": exempt_ids}
    check(exempt_date is not None, "GetPersonExempts: no PersonExemptDate")

    # 2. CreateAbsence (type 10)
    receipt = absence.service.CreateAbsence(
        Absence={
            "PersonCivilRegistrationIdentifier": args.cpr,
            "AbsenceTypeIdentifier": 10,
            "StartDate": args.start + "T00:00:00+01:00",
            "EndDate": args.end + "T00:00:00+01:00",
            "AbsenceComment": "zeep interop",
            "NotificationDate": args.start + "T00:00:00+01:00",
        },
        _soapheaders=headers(absence),
    )
    receipt = getattr(receipt, "ServiceReceipt", receipt)
    message_id = getattr(receipt, "MessageIdentifier", None)
    results["createAbsence"] = {"messageIdentifier": message_id, "eventDate": str(getattr(receipt, "EventDate", None))}
    check(bool(message_id), "CreateAbsence: no ServiceReceipt/MessageIdentifier")

    # 3. GetAbsence reads it back
    found = absences_of(
        absence.service.GetAbsence(PersonCivilRegistrationIdentifier=args.cpr, _soapheaders=headers(absence))
    )
    mine = [
        a for a in found
        if int(a.AbsenceTypeIdentifier) == 10 and str(a.StartDate)[:10] == args.start
    ]
    results["getAbsence"] = {
        "count": len(found),
        "created": [
            {
                "id": a.AbsenceIdentifier,
                "type": int(a.AbsenceTypeIdentifier),
                "start": str(a.StartDate),
                "end": str(a.EndDate) if a.EndDate is not None else None,
                "active": bool(a.Active),
            }
            for a in mine
        ],
    }
    check(len(mine) == 1, "GetAbsence: expected the created absence of type 10 from %s, got %d" % (args.start, len(mine)))
    if mine:
        check(str(mine[0].EndDate)[:10] == args.end, "GetAbsence: EndDate %s, expected %s" % (mine[0].EndDate, args.end))

    # 4. A 9-digit CPR must fault with 1001 or 1014 (zeep does not check patterns, so the server must).
    bad_cpr = args.cpr[:9]
    try:
        visitation.service.GetPersonExempts(PersonCivilRegistrationIdentifier=bad_cpr, _soapheaders=headers(visitation))
        results["fault"] = None
        check(False, "GetPersonExempts with CPR %s did not fault" % bad_cpr)
    except Fault as f:
        results["fault"] = {"code": f.code, "message": f.message}
        check(str(f.code) in ("1001", "1014"), "fault code %r, expected 1001 or 1014" % f.code)

    # 5. Drain the jobcentre's WSRM queue.
    wsrm = clients["WsrmService"]
    messages = clients["WsrmMessageService"]
    sequence = wsrm.service.CreateSequence(_soapheaders=headers(wsrm))
    def service_items(response):
        collection = response.ServiceInventoryCollection  # zeep reads an empty collection as None
        return [(i.ServiceName, int(i.MessageCount)) for i in ((collection.ServiceItem if collection is not None else None) or [])]

    inventory = service_items(sequence)
    items = messages.service.GetAbsenceVersion7(Identifier=sequence.Identifier, _soapheaders=headers(messages)) or []
    drained = [(i.Absence.AbsenceIdentifier, bool(i.Deleted)) for i in items]
    wsrm.service.TerminateSequence(Identifier=sequence.Identifier, _soapheaders=headers(wsrm))
    after = wsrm.service.CreateSequence(_soapheaders=headers(wsrm))
    left = service_items(after)
    results["wsrm"] = {"inventory": inventory, "items": drained, "left": left}
    check(("GetAbsenceVersion7", len(items)) in inventory, "WSRM inventory %s does not count the %d items" % (inventory, len(items)))
    check((message_id, False) in drained, "GetAbsenceVersion7 items %s lack the created absence %s" % (drained, message_id))
    check(left == [], "the queue is not empty after TerminateSequence: %s" % left)

    # 6. Self-booking: deadline, offer, the citizen books, the deadline is fulfilled.
    frister = clients["Kontaktforloeb.FristService"]
    booking = clients["BorgerBookingService"]
    indkaldelse = clients["Kontaktforloeb.IndkaldelseService"]
    deadline_id = str(uuid.uuid4())
    frister.service.CreateFrist(
        PersonCivilRegistrationIdentifier=args.cpr,
        InterviewDeadline={
            "FristId": deadline_id,
            "InterviewTypeIdentifier": 7,
            "InterviewDeadlineStartDate": args.today,
            "InterviewDeadlineDate": args.end,
            "InterviewDateLimit": args.end,
        },
        _soapheaders=headers(frister),
    )
    offer_id, slot_id = str(uuid.uuid4()), str(uuid.uuid4())
    booking.service.CreateMoedetilbud(
        InterviewOption={
            "InterviewOptionIdentifier": offer_id,
            "InterviewTypeIdentifier": 7,
            "InterviewFormTypeIdentifier": 1,
            "InterviewContactTypeIdentifierCollection": {"InterviewContactTypeIdentifier": [1]},
            "MoedeTitel": "Jobsamtale i jobcentret",
            "MoedeBeskrivelse": "Vi taler om din jobsøgning.",
            "ReBookingPossible": True,
            "CancellationPossible": True,
            "Moedetider": {"Moedetid": [{
                "MoedetidId": slot_id,
                "BookingStartTime": args.start + "T10:00:00+01:00",
                "BookingEndTime": args.start + "T10:45:00+01:00",
            }]},
        },
        _soapheaders=headers(booking),
    )
    as_citizen = headers(booking, user_type=1, user_identifier=args.cpr)
    options = booking.service.GetSelfbookInterviewOptions(PersonCivilRegistrationIdentifier=args.cpr, _soapheaders=as_citizen)
    offered = [o.InterviewOptionIdentifier for o in (options.InterviewOptionCollection.InterviewOption or [])]
    check(offer_id in offered, "GetSelfbookInterviewOptions: %s not among %s" % (offer_id, offered))
    booking_id = str(uuid.uuid4())
    booking.service.CreateBooking(
        PersonCivilRegistrationIdentifier=args.cpr, BookingIdentifier=booking_id, InterviewOptionIdentifier=offer_id, MoedetidId=slot_id,
        _soapheaders=as_citizen,
    )
    after_booking = frister.service.GetFrister(PersonCivilRegistrationIdentifier=args.cpr, _soapheaders=headers(frister))
    infos = after_booking.InterviewDeadlineCollection.InterviewDeadline or []
    mine = [f for f in infos if f.FristId == deadline_id]
    summons = indkaldelse.service.GetIndkaldelse(
        PersonCivilRegistrationIdentifier=args.cpr, BookingIdentifier=booking_id, _soapheaders=headers(indkaldelse)
    )
    results["booking"] = {
        "offered": offered,
        "deadlineStatus": int(mine[0].InterviewDeadlineStatusTypeIdentifier) if mine else None,
        "fulfilledBy": mine[0].FulfilledByBookingIdentifier if mine else None,
        "bookingId": booking_id,
        "selfBooked": bool(summons.Indkaldelse.SelfBooked),
        "start": str(summons.Indkaldelse.BookingStartTime),
    }
    check(bool(mine) and int(mine[0].InterviewDeadlineStatusTypeIdentifier) == 2, "the deadline is not fulfilled (status 2): %s" % infos)
    check(bool(mine) and mine[0].FulfilledByBookingIdentifier == booking_id, "the deadline is not fulfilled by the booking")
    check(bool(summons.Indkaldelse.SelfBooked), "the booking does not read back as SelfBooked")

    # 7. Job orders: create, share, place, hand over.
    jobs = clients["JobOrderService"]

    def job_order(order_id):
        return {
            "CompanyRecruitmentIdentifier": order_id,
            "CompanyRecruitmentTitle": "Kranfører",
            "CompanyRecruitmentJobDescription": "Vi søger tre kranførere til containerterminalen.",
            "CompanyRecruitmentTypeIdentifier": 1,
            "CompanyRecruitmentStatusTypeIdentifier": 1,
            "AntalStillinger": 3,
            "CompanyRecruitmentProvider": {"CVRnumberIdentifier": "12345678"},
            "AvailableToAllJobcenters": False,
        }

    shared_id, handed_id, candidate_id = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    jobs.service.CreateCompanyRecruitment(**job_order(shared_id), _soapheaders=headers(jobs))
    jobs.service.ShareCompanyRecruitment(CompanyRecruitmentIdentifier=shared_id, _soapheaders=headers(jobs))
    jobs.service.AddCandidateToCompanyRecruitment(
        CompanyRecruitmentIdentifier=shared_id, CandidateIdentifier=candidate_id, PersonCivilRegistrationIdentifier=args.cpr,
        CandidateRecruitmentStatusTypeIdentifier=1, _soapheaders=headers(jobs),
    )
    as_akasse = headers(jobs, organisation_type=2, organisation_code="81")
    jobs.service.CreateCompanyRecruitment(**job_order(handed_id), _soapheaders=as_akasse)
    jobs.service.HandOverCompanyRecruitment(
        CompanyRecruitmentIdentifier=handed_id, ReceivingAuthority={"OrganisationTypeIdentifier": 8, "OrganisationCode": "10100"},
        HandOverReasonTypeIdentifier=2, _soapheaders=as_akasse,
    )
    shared = jobs.service.GetCompanyRecruitment(CompanyRecruitmentIdentifier=shared_id, _soapheaders=headers(jobs))
    handed = jobs.service.GetCompanyRecruitment(CompanyRecruitmentIdentifier=handed_id, _soapheaders=headers(jobs))
    placed = [c.PersonCivilRegistrationIdentifier for c in ((shared.Candidates.Candidate if shared.Candidates is not None else None) or [])]
    results["jobOrders"] = {
        "shared": bool(shared.CompanyRecruitment.AvailableToAllJobcenters),
        "candidates": placed,
        "handedOverTo": handed.CompanyRecruitment.ResponsibleAuthority.OrganisationCode,
    }
    check(bool(shared.CompanyRecruitment.AvailableToAllJobcenters), "the job order is not shared")
    check(placed == [args.cpr], "candidates %s, expected [%s]" % (placed, args.cpr))
    check(handed.CompanyRecruitment.ResponsibleAuthority.OrganisationCode == "10100", "the hand-over did not make jobcentre 10100 responsible")

    # 8. plans: the a-kasse registers and publishes a job goal during absence 75; the jobcentre is refused
    plans = clients["PlanService"]
    goal = {"JobGoal": [{
        "ConceptUriDa": "http://data.star.dk/esco/occupation/0e2c0a6e-2a4f-4b1d-9c3e-1f0a2b3c4d04",
        "JobGoalTitle": "Tømrer",
    }]}
    created = plans.service.CreateDraftPlan(
        PersonCivilRegistrationIdentifier=PLAN_CPR,
        DraftPlan={"PlanTypeIdentifier": 1, "JobGoalCollection": goal},
        _soapheaders=headers(plans, 2, "81"),
    )
    plan_id = created.MessageIdentifier if hasattr(created, "MessageIdentifier") else created.ServiceReceipt.MessageIdentifier
    plans.service.PublishPlan(
        PersonCivilRegistrationIdentifier=PLAN_CPR, PlanVersionIdentifier=plan_id, _soapheaders=headers(plans, 2, "81")
    )
    refused = None
    try:
        plans.service.CreateDraftPlan(
            PersonCivilRegistrationIdentifier=PLAN_CPR,
            DraftPlan={"PlanTypeIdentifier": 1, "JobGoalCollection": goal},
            _soapheaders=headers(plans),
        )
    except Fault as f:
        refused = str(f.code)
    shown = plans.service.GetPlan(PersonCivilRegistrationIdentifier=PLAN_CPR, _soapheaders=headers(plans))
    published = shown.PublishedPlan
    results["plan"] = {
        "published": str(published.PlanVersionIdentifier) if published is not None else None,
        "goal": str(published.JobGoalCollection.JobGoal[0].JobGoalTitle) if published is not None else None,
        "jobcentreRefused": refused,
    }
    check(published is not None and str(published.PlanVersionIdentifier) == str(plan_id), "GetPlan: the a-kasse's plan is not published")
    check(refused is not None and "5021" in refused, "the jobcentre's job goal was not refused with 5021: %s" % refused)

    # 9. NUPH: the jobcentre notifies, the a-kasse drains and answers with a sanction, the jobcentre sees the flag only
    nuph = clients["Underretning.NuphService"]
    nuph_id = str(uuid.uuid4())
    nuph.service.CreateNuph(
        PersonCivilRegistrationIdentifier=PLAN_CPR,
        Nuph={"NuphIdentifier": nuph_id, "NuphEventTypeIdentifier": 2, "EventDate": args.today,
              "Comments": "Borgeren mødte ikke op til tilbuddet og har ikke meldt afbud."},
        _soapheaders=headers(nuph),
    )

    def drain(operation, organisation_type, organisation_code):
        """One WSRM sequence of the organisation's queue: the items of `operation`, then TerminateSequence."""
        seq = wsrm.service.CreateSequence(_soapheaders=headers(wsrm, organisation_type, organisation_code))
        got = getattr(messages.service, operation)(
            Identifier=seq.Identifier, _soapheaders=headers(messages, organisation_type, organisation_code)
        ) or []
        wsrm.service.TerminateSequence(Identifier=seq.Identifier, _soapheaders=headers(wsrm, organisation_type, organisation_code))
        return got

    to_akasse = [str(i.NuphIdentifier) for i in drain("GetNuphVersion1", 2, "81")]
    nuph.service.AnswerNuph(
        PersonCivilRegistrationIdentifier=PLAN_CPR,
        NuphAnswer={"NuphIdentifier": nuph_id, "NuphAnswerTypeIdentifier": 1, "SanctionGiven": True,
                    "Comments": "Rådighedsvurdering foretaget."},
        _soapheaders=headers(nuph, 2, "81"),
    )
    to_jobcentre = [(str(i.NuphIdentifier), bool(i.SanctionGiven)) for i in drain("GetNuphAnswerVersion1", 8, "10100")]
    listed = nuph.service.GetNuphList(PersonCivilRegistrationIdentifier=PLAN_CPR, NuphIdentifier=nuph_id, _soapheaders=headers(nuph))
    read = listed if isinstance(listed, list) else (listed.Nuph or [])  # zeep unwraps the one-element collection
    answer = read[0].NuphAnswer if read else None
    answer_fields = sorted(answer.__values__.keys()) if answer is not None else []
    results["nuph"] = {
        "drainedByAkasse": to_akasse,
        "answerToJobcentre": to_jobcentre,
        "sanctionGiven": bool(answer.SanctionGiven) if answer is not None else None,
        "answerFields": answer_fields,
    }
    check(nuph_id in to_akasse, "the a-kasse's GetNuphVersion1 items %s lack the NUPH %s" % (to_akasse, nuph_id))
    check((nuph_id, True) in to_jobcentre, "the jobcentre's GetNuphAnswerVersion1 items %s lack the answer" % to_jobcentre)
    check(answer is not None and bool(answer.SanctionGiven), "GetNuphList: the jobcentre does not see SanctionGiven")
    check(not [f for f in answer_fields if "sanction" in f.lower() and f != "SanctionGiven"],
          "GetNuphList shows the jobcentre more of the sanction than the flag: %s" % answer_fields)

    results["ok"] = not results["mismatches"]
    print(json.dumps(results, default=str))
    return 0 if results["ok"] else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as e:  # noqa: BLE001 - report any failure as one JSON line
        print(json.dumps({"ok": False, "error": "%s: %s" % (type(e).__name__, e), "trace": traceback.format_exc()}))
        sys.exit(2)
