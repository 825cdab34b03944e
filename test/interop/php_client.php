<?php
// Interop check with PHP's SoapClient (Debian packages php-cli and php-soap): a SoapClient per served WSDL (the
// ../xsd imports fetched over HTTP), both DFDG headers as SoapHeader objects with mustUnderstand=true, as PHP
// developers commonly write them; a DFDG fault read from the SoapFault (faultcode, faultstring).
//
// usage: php test/interop/php_client.php CPR START END NAME=WSDL_URL...
// Prints one JSON line: {"imported": {NAME: "ok" | error}, "getPersonExempts": …, "createAbsence": …, "fault": …},
// each call either its result or {"fault": {"code", "text"}}; the test judges the results.

const AOH_NS = 'http://rep.oio.dk/ams.dk/xml/schemas/2005/09/01/';
const RUM_NS = 'http://service.bm.dk/RequestUserMetadata/2015/01/21/';

function dfdgHeaders(): array
{
    return [
        new SoapHeader(AOH_NS, 'ActiveOrganisationHeader', [
            'OrganisationTypeIdentifier' => 8,
            'OrganisationCode' => '10100',
        ], true),
        new SoapHeader(RUM_NS, 'RequestUserMetadataHeader', [
            'RequestUserStructure' => [
                'UserFullName' => 'PHP Interop',
                'RequestUserTypeIdentifier' => ['CodeListItemIdentifier' => 2],
                'UserIdentifier' => 'CVR:12345678-UUID:3f2504e0-4f89-41d3-9a0c-0305e82c3301',
            ],
            'RequestOrganisationStructure' => [
                'OrganisationTypeIdentifier' => ['CodeListItemIdentifier' => 8],
                'OrganisationCode' => '10100',
            ],
            'RegistrationDateTime' => date('c'),
        ], true),
    ];
}

/** A call's result, or the SoapFault's code and text as a PHP client reads them. */
function outcome(callable $call): array
{
    try {
        return $call();
    } catch (SoapFault $f) {
        return ['fault' => ['code' => (string) $f->faultcode, 'text' => (string) $f->faultstring]];
    } catch (Throwable $e) {
        return ['error' => get_class($e) . ': ' . $e->getMessage()];
    }
}

[, $cpr, $start, $end] = $argv;
// mTLS (conventions.md §2): the facade's CA and the client's function certificate, from test/interop/facade.ts.
$tls = stream_context_create(getenv('DFDG_TLS_CA') ? ['ssl' => [
    'cafile' => getenv('DFDG_TLS_CA'),
    'local_cert' => getenv('DFDG_TLS_CERT'),
    'local_pk' => getenv('DFDG_TLS_KEY'),
    'verify_peer' => true,
    'verify_peer_name' => true,
]] : []);
$clients = [];
$imported = [];
foreach (array_slice($argv, 4) as $arg) {
    [$name, $url] = explode('=', $arg, 2);
    try {
        $clients[$name] = new SoapClient($url, [
            'cache_wsdl' => WSDL_CACHE_NONE,
            'exceptions' => true,
            'stream_context' => $tls,
            'keep_alive' => true,
        ]);
        $imported[$name] = count($clients[$name]->__getFunctions()) > 0 ? 'ok' : 'no operations';
    } catch (Throwable $e) {
        $imported[$name] = $e->getMessage();
    }
}

$visitation = $clients['PersonVisitationStatusService'];
$absence = $clients['AbsenceRegistrationService'];
$results = ['imported' => $imported];

$results['getPersonExempts'] = outcome(function () use ($visitation, $cpr) {
    $r = $visitation->__soapCall('GetPersonExempts', [['PersonCivilRegistrationIdentifier' => $cpr]], null, dfdgHeaders());
    $ids = $r->PersonExemptInfo->PersonExempts->PersonExemptTypeIdentifierType ?? [];
    return ['date' => substr($r->PersonExemptDate, 0, 10), 'exempts' => array_map('intval', (array) $ids)];
});

$results['createAbsence'] = outcome(function () use ($absence, $cpr, $start, $end) {
    $r = $absence->__soapCall('CreateAbsence', [[
        'Absence' => [
            'PersonCivilRegistrationIdentifier' => $cpr,
            'AbsenceTypeIdentifier' => 10,
            'StartDate' => (new DateTime($start))->format('c'),
            'EndDate' => (new DateTime($end))->format('c'),
            'AbsenceComment' => 'php interop',
            'NotificationDate' => (new DateTime($start))->format('c'),
        ],
    ]], null, dfdgHeaders());
    return ['messageIdentifier' => $r->ServiceReceipt->MessageIdentifier];
});

$results['fault'] = outcome(function () use ($visitation, $cpr) {
    $visitation->__soapCall('GetPersonExempts', [['PersonCivilRegistrationIdentifier' => substr($cpr, 0, 9)]], null, dfdgHeaders());
    return ['error' => 'GetPersonExempts with a 9-digit CPR did not fault'];
});

echo json_encode($results), "\n";
