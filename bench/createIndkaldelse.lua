-- wrk script: POST a Kontaktforloeb.IndkaldelseService.CreateIndkaldelse request with both DFDG SOAP headers,
-- the jobcentre summoning one of the BENCH_CITIZENS citizens bench/servers/facade.ts loads (CPRs 0101900000 +
-- i) to a jobsamtale. Every request carries a fresh random BookingIdentifier (a repeated one is refused
-- with 4944 and would show as an error). {CPR} and {ID} in wrk.body are filled in per request.
dofile("bench/vary.lua")

local function hex(n)
  local s = ""
  for _ = 1, n do s = s .. string.format("%x", math.random(0, 15)) end
  return s
end

local function uuid()
  return hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-" .. string.format("%x", math.random(8, 11)) .. hex(3) .. "-" .. hex(12)
end

dofile("bench/envelope.lua")
post("http://service.bm.dk/pjaktass/2024/12/01/Kontaktforloeb.IndkaldelseService/CreateIndkaldelse")
wrk.body = envelope([[
    <k:CreateIndkaldelseRequest xmlns:k="http://service.bm.dk/pjaktass/2024/12/01/Kontaktforloeb.IndkaldelseService/">
      <k:PersonCivilRegistrationIdentifier>{CPR}</k:PersonCivilRegistrationIdentifier>
      <k:Indkaldelse>
        <k:BookingIdentifier>{ID}</k:BookingIdentifier>
        <k:ReBookingPossible>false</k:ReBookingPossible>
        <k:CancellationPossible>true</k:CancellationPossible>
        <k:CompulsoryAttendance>true</k:CompulsoryAttendance>
        <k:BookingStartTime>2025-03-20T10:00:00+01:00</k:BookingStartTime>
        <k:BookingEndTime>2025-03-20T10:45:00+01:00</k:BookingEndTime>
        <k:InterviewTypeIdentifier>7</k:InterviewTypeIdentifier>
        <k:InterviewFormTypeIdentifier>1</k:InterviewFormTypeIdentifier>
        <k:InterviewContactTypeIdentifier>1</k:InterviewContactTypeIdentifier>
        <k:InterviewTitle>Jobsamtale</k:InterviewTitle>
        <k:InterviewDescription>Vi taler om din jobsøgning og dit CV.</k:InterviewDescription>
        <k:InterviewLocationDetail><k:InterviewLocationDescription>Jobcentret, Vesterbrogade 1, 1620 København V</k:InterviewLocationDescription></k:InterviewLocationDetail>
      </k:Indkaldelse>
    </k:CreateIndkaldelseRequest>
]])

function request()
  local cpr = randomCpr()
  local body = (wrk.body:gsub("{CPR}", cpr):gsub("{ID}", uuid()))
  return wrk.format(nil, nil, nil, body)
end

dofile("bench/done.lua")
