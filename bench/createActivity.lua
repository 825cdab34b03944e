-- wrk script: POST an ActivityService.CreateActivity request with both DFDG SOAP headers: the jobcentre registers a
-- Kursus (course category 26 'AMU') with its responsible authority for one of the BENCH_CITIZENS citizens
-- bench/servers/facade.ts loads (CPRs 0101900000 + i, dagpenge recipients of jobcentre 10100), starting on a random
-- day of April–June 2025. {CPR} and {DAY} in wrk.body are filled in per request.
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["SOAPAction"] = '"http://service.bm.dk/pjaktass/2024/12/01/ActivityService/CreateActivity"'

local citizens = tonumber(os.getenv("BENCH_CITIZENS") or "1000")

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

dofile("bench/envelope.lua")
wrk.body = envelope([[
    <act:CreateActivityRequest xmlns:act="http://service.bm.dk/pjaktass/2024/12/01/ActivityService/" xmlns:c="http://service.bm.dk/pjaktass/2024/12/01/Common/">
      <act:PersonCivilRegistrationIdentifier>{CPR}</act:PersonCivilRegistrationIdentifier>
      <act:ActivityItem>
        <act:ActivityCoreItem>
          <act:StartDate>{DAY}</act:StartDate>
          <act:ActivationTypeIdentifier>9001</act:ActivationTypeIdentifier>
          <act:ResponsibleAuthority>
            <c:AuthorityStructure>
              <c:AuthorityCode>10100</c:AuthorityCode>
              <c:AuthorityName>Jobcenter København</c:AuthorityName>
            </c:AuthorityStructure>
            <c:CaseWorker>
              <c:CaseWorkerGivenName>Mette</c:CaseWorkerGivenName>
              <c:CaseWorkerSurname>Sagsbehandler</c:CaseWorkerSurname>
            </c:CaseWorker>
          </act:ResponsibleAuthority>
        </act:ActivityCoreItem>
        <act:CourseCategoryIdentifier>26</act:CourseCategoryIdentifier>
      </act:ActivityItem>
    </act:CreateActivityRequest>
]])

function request()
  local cpr = string.format("%010d", 101900000 + math.random(0, citizens - 1))
  local day = string.format("2025-%02d-%02d", math.random(4, 6), math.random(1, 28))
  local body = (wrk.body:gsub("{CPR}", cpr):gsub("{DAY}", day))
  return wrk.format(nil, nil, nil, body)
end

dofile("bench/done.lua")
