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

wrk.body = [[<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
  <soapenv:Header>
    <aoh:ActiveOrganisationHeader xmlns:aoh="http://rep.oio.dk/ams.dk/xml/schemas/2005/09/01/">
      <aoh:OrganisationTypeIdentifier>8</aoh:OrganisationTypeIdentifier>
      <aoh:OrganisationCode>10100</aoh:OrganisationCode>
    </aoh:ActiveOrganisationHeader>
    <rum:RequestUserMetadataHeader xmlns:rum="http://service.bm.dk/RequestUserMetadata/2015/01/21/"
        xmlns:rus="http://service.bm.dk/pjaktass/2015/01/21/RequestUserStructure/"
        xmlns:rut="http://service.bm.dk/pjaktass/2015/01/21/RequestUserTypeIdentifierCodeList/"
        xmlns:ros="http://service.bm.dk/pjaktass/2015/01/21/RequestOrganisationStructure/"
        xmlns:otc="http://service.bm.dk/pjaktass/2015/01/21/OrganisationTypeIdentifierCodeList/"
        xmlns:clb="http://service.bm.dk/pjaktass/2013/06/07/CodeListBase/">
      <rus:RequestUserStructure>
        <rus:UserFullName>Mette Sagsbehandler</rus:UserFullName>
        <rut:RequestUserTypeIdentifier><clb:CodeListItemIdentifier>2</clb:CodeListItemIdentifier></rut:RequestUserTypeIdentifier>
        <rus:UserIdentifier>CVR:12345678-UUID:3f2504e0-4f89-41d3-9a0c-0305e82c3301</rus:UserIdentifier>
      </rus:RequestUserStructure>
      <ros:RequestOrganisationStructure>
        <otc:OrganisationTypeIdentifier><clb:CodeListItemIdentifier>8</clb:CodeListItemIdentifier></otc:OrganisationTypeIdentifier>
        <ros:OrganisationCode>10100</ros:OrganisationCode>
      </ros:RequestOrganisationStructure>
    </rum:RequestUserMetadataHeader>
  </soapenv:Header>
  <soapenv:Body>
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
  </soapenv:Body>
</soapenv:Envelope>]]

function request()
  local cpr = string.format("%010d", 101900000 + math.random(0, citizens - 1))
  local day = string.format("2025-%02d-%02d", math.random(4, 6), math.random(1, 28))
  local body = (wrk.body:gsub("{CPR}", cpr):gsub("{DAY}", day))
  return wrk.format(nil, nil, nil, body)
end

dofile("bench/done.lua")
