-- wrk script: 200 writers on ONE citizen (issue 13: no request over 1 s). POST the contract sample
-- AbsenceRegistrationService.CreateAbsence (test/samples/AbsenceRegistrationService/CreateAbsence.request.xml)
-- about bench/servers/facade.ts's BENCH_CPR, every request the same absence 10, so every write queues behind
-- the others about that one citizen. Run: wrk -t2 -c200 -d10s --latency -s bench/createAbsenceOneCitizen.lua
--   http://127.0.0.1:PORT/7/AbsenceRegistrationService.svc
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["SOAPAction"] = '"http://service.bm.dk/pjaktass/2024/12/01/AbsenceRegistrationService/CreateAbsence"'
wrk.body = [[
<?xml version="1.0" encoding="UTF-8"?>
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
        <rut:RequestUserTypeIdentifier>
          <clb:CodeListItemIdentifier>2</clb:CodeListItemIdentifier>
        </rut:RequestUserTypeIdentifier>
        <rus:UserIdentifier>CVR:12345678-UUID:3f2504e0-4f89-41d3-9a0c-0305e82c3301</rus:UserIdentifier>
      </rus:RequestUserStructure>
      <ros:RequestOrganisationStructure>
        <otc:OrganisationTypeIdentifier>
          <clb:CodeListItemIdentifier>8</clb:CodeListItemIdentifier>
        </otc:OrganisationTypeIdentifier>
        <ros:OrganisationCode>10100</ros:OrganisationCode>
      </ros:RequestOrganisationStructure>
      <rum:RegistrationDateTime>2025-03-03T09:15:00.1234567+01:00</rum:RegistrationDateTime>
    </rum:RequestUserMetadataHeader>
  </soapenv:Header>
  <soapenv:Body>
    <abs:CreateAbsenceRequest xmlns:abs="http://service.bm.dk/pjaktass/2024/12/01/AbsenceRegistrationService/">
      <abs:Absence>
        <abs:PersonCivilRegistrationIdentifier>1503851234</abs:PersonCivilRegistrationIdentifier>
        <abs:AbsenceTypeIdentifier>10</abs:AbsenceTypeIdentifier>
        <abs:StartDate>2025-03-10T00:00:00+01:00</abs:StartDate>
        <abs:EndDate>2025-03-21T23:59:59+01:00</abs:EndDate>
        <abs:AbsenceComment>Ferie, meddelt telefonisk</abs:AbsenceComment>
        <abs:NotificationDate>2025-03-03T09:10:00+01:00</abs:NotificationDate>
      </abs:Absence>
    </abs:CreateAbsenceRequest>
  </soapenv:Body>
</soapenv:Envelope>]]
