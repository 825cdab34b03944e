-- wrk script: POST a real PersonVisitationStatusService.GetPersonExempts request envelope with both DFDG
-- SOAP headers (same content as test/samples/PersonVisitationStatusService/GetPersonExempts.request.xml).
-- The CPR must be the citizen bench/servers/facade.ts loads (BENCH_CPR).
dofile("bench/envelope.lua")
post("http://service.bm.dk/pjaktass/2024/12/01/PersonVisitationStatusService/GetPersonExempts")
wrk.body = envelope([[
    <pvs:GetPersonExemptsRequest xmlns:pvs="http://service.bm.dk/pjaktass/2024/12/01/PersonVisitationStatusService/">
      <pvs:PersonCivilRegistrationIdentifier>1503851234</pvs:PersonCivilRegistrationIdentifier>
      <pvs:DateForExempts>2025-03-03</pvs:DateForExempts>
    </pvs:GetPersonExemptsRequest>
]])

-- No response() callback on purpose: it would make wrk hand every body to Lua and slow the client down.
-- wrk itself reports "Non-2xx or 3xx responses"; run.sh refuses a run that has any.

dofile("bench/done.lua")
