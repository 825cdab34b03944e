-- wrk script: POST an ActivityService.CreateActivity request with both DFDG SOAP headers: the jobcentre registers a
-- Kursus (course category 26 'AMU') with its responsible authority for one of the BENCH_CITIZENS citizens
-- bench/servers/facade.ts loads (CPRs 0101900000 + i, dagpenge recipients of jobcentre 10100), starting on a random
-- day of April–June 2025. {CPR} and {DAY} in wrk.body are filled in per request.
dofile("bench/vary.lua")
dofile("bench/envelope.lua")
post("http://service.bm.dk/pjaktass/2024/12/01/ActivityService/CreateActivity")
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

request = citizenAndDay

dofile("bench/done.lua")
