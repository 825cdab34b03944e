-- wrk script: POST an AbsenceRegistrationService.CreateAbsence request (version 7) with both DFDG SOAP headers (as
-- test/samples/AbsenceRegistrationService/CreateAbsence.request.xml), jobcentre 10100 registering a one-day
-- absence 10 (ferie) for one of the BENCH_CITIZENS citizens bench/servers/facade.ts loads (CPRs 0101900000 + i),
-- on a random day of April to June 2025: each request creates a new absence (DFDG gives it its identifier).
-- BENCH_CITIZENS=1 is the one-citizen benchmark: every request writes to citizen 0101900000.
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["SOAPAction"] = '"http://service.bm.dk/pjaktass/2024/12/01/AbsenceRegistrationService/CreateAbsence"'

local citizens = tonumber(os.getenv("BENCH_CITIZENS") or "1000")

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

dofile("bench/envelope.lua")
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

function request()
  local cpr = string.format("%010d", 101900000 + math.random(0, citizens - 1))
  local day = string.format("2025-%02d-%02d", math.random(4, 6), math.random(1, 28))
  local body = (wrk.body:gsub("{CPR}", cpr):gsub("{DAY}", day))
  return wrk.format(nil, nil, nil, body)
end

dofile("bench/done.lua")
