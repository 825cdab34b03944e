-- Included by the wrk scripts bench/*.lua (dofile, run from the repository root): the SOAP envelope every
-- benchmark posts around its request element, with both DFDG headers of a caseworker of jobcentre 10100 (as the
-- contract samples under test/samples/ carry them). bench/luaEnvelope.ts reads the same text for the curl check
-- and the in-process benchmarks, so keep it to these two long strings.

-- Every benchmark POSTs SOAP 1.1 with its operation's SOAPAction (quoted, as .NET and node-soap send it).
function post(soapAction)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
  wrk.headers["SOAPAction"] = '"' .. soapAction .. '"'
end

function envelope(body)
  return [[<?xml version="1.0" encoding="UTF-8"?>
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
      <rum:RegistrationDateTime>2025-03-03T09:15:00.1234567+01:00</rum:RegistrationDateTime>
    </rum:RequestUserMetadataHeader>
  </soapenv:Header>
  <soapenv:Body>
]] .. body .. [[
  </soapenv:Body>
</soapenv:Envelope>]]
end
