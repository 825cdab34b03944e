-- wrk script: POST an AbsenceRegistrationService.CreateAbsence request (version 7) with both DFDG SOAP headers (as
-- test/samples/AbsenceRegistrationService/CreateAbsence.request.xml), jobcentre 10100 registering a one-day
-- absence 10 (ferie) for one of the BENCH_CITIZENS citizens bench/servers/facade.ts loads (CPRs 0101900000 + i),
-- on a random day of April to June 2025: each request creates a new absence (DFDG gives it its identifier).
-- BENCH_CITIZENS=1 is the one-citizen benchmark: every request writes to citizen 0101900000.
dofile("bench/vary.lua")
dofile("bench/envelope.lua")
post("http://service.bm.dk/pjaktass/2024/12/01/AbsenceRegistrationService/CreateAbsence")
wrk.body = envelope([[
    <abs:CreateAbsenceRequest xmlns:abs="http://service.bm.dk/pjaktass/2024/12/01/AbsenceRegistrationService/">
      <abs:Absence>
        <abs:PersonCivilRegistrationIdentifier>{CPR}</abs:PersonCivilRegistrationIdentifier>
        <abs:AbsenceTypeIdentifier>10</abs:AbsenceTypeIdentifier>
        <abs:StartDate>{DAY}T00:00:00+02:00</abs:StartDate>
        <abs:EndDate>{DAY}T23:59:59+02:00</abs:EndDate>
        <abs:AbsenceComment>Ferie, meddelt telefonisk</abs:AbsenceComment>
        <abs:NotificationDate>2025-03-03T09:10:00+01:00</abs:NotificationDate>
      </abs:Absence>
    </abs:CreateAbsenceRequest>
]])

request = citizenAndDay

dofile("bench/done.lua")
