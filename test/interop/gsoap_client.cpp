// Interop check with gSOAP (Debian packages gsoap and libgsoap-dev): the stubs wsdl2h and soapcpp2 generated from
// the served WSDLs with their default options (wsdl2h without -k, so both DFDG headers go out with
// SOAP-ENV:mustUnderstand="1" as gSOAP sends them by default), both headers set the gSOAP way, as the generated
// struct SOAP_ENV__Header in soap->header before each call; a DFDG fault read with soap_fault_string and the
// generated SOAP_ENV__Detail.
//
// Over mTLS when DFDG_TLS_CA names the facade's CA: DFDG_TLS_KEY_AND_CERT is the client's key and function
// certificate in one PEM file, as soap_ssl_client_context takes them (built with -DWITH_OPENSSL, libgsoapssl++).
//
// usage: client VISITATION_ENDPOINT ABSENCE_ENDPOINT CPR START END
// Prints one JSON line: {"getPersonExempts": …, "createAbsence": …, "fault": …}, each call either its result or
// {"fault": {"code", "text"}}; the test judges the results.
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <sstream>
#include <string>

#include "soapH.h"
#include "PersonVisitationStatusServiceBinding.nsmap"

static std::string json(const char *s) {
  if (!s) return "null";
  std::ostringstream out;
  out << '"';
  for (const char *p = s; *p; ++p) {
    if (*p == '"' || *p == '\\') out << '\\' << *p;
    else if (static_cast<unsigned char>(*p) < ' ') {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\u%04x", *p);
      out << hex;
    } else out << *p;
  }
  out << '"';
  return out.str();
}

/** Both DFDG headers, as wsdl2h declared them in SOAP_ENV__Header; soap_call_* sends soap->header. */
static void set_dfdg_headers(struct soap *soap) {
  auto *organisation = soap_new_aoh__ActiveOrganisationHeaderType(soap);
  organisation->OrganisationTypeIdentifier = 8;
  organisation->OrganisationCode = "10100";

  auto *user = soap_new_rus__RequestUserStructureType(soap);
  user->UserFullName = "gSOAP Interop";
  user->rut__RequestUserTypeIdentifier = soap_new_rut__RequestUserTypeIdentifierType(soap);
  user->rut__RequestUserTypeIdentifier->clb__CodeListItemIdentifier = 2;
  user->UserIdentifier = "CVR:12345678-UUID:3f2504e0-4f89-41d3-9a0c-0305e82c3301";
  auto *user_organisation = soap_new_ros__RequestOrganisationStructureType(soap);
  user_organisation->otc__OrganisationTypeIdentifier = soap_new_otc__OrganisationTypeIdentifierType(soap);
  user_organisation->otc__OrganisationTypeIdentifier->clb__CodeListItemIdentifier = 8;
  user_organisation->OrganisationCode = "10100";
  auto *metadata = soap_new_rum__RequestUserMetadataType(soap);
  metadata->rus__RequestUserStructure = user;
  metadata->ros__RequestOrganisationStructure = user_organisation;
  metadata->RegistrationDateTime = static_cast<time_t *>(soap_malloc(soap, sizeof(time_t)));
  *metadata->RegistrationDateTime = std::time(nullptr);

  soap->header = soap_new_SOAP_ENV__Header(soap);
  soap->header->aoh__ActiveOrganisationHeader = organisation;
  soap->header->rum__RequestUserMetadataHeader = metadata;
}

/** The fault of the last call: faultcode and faultstring as gSOAP read them, preferring the DfdgFault detail. */
static std::string fault(struct soap *soap) {
  if (soap->error != SOAP_FAULT && soap->error != SOAP_CLI_FAULT && soap->error != SOAP_SVR_FAULT) {
    std::ostringstream out;
    out << "{\"error\":" << json((std::string("gSOAP error ") + std::to_string(soap->error)).c_str()) << "}";
    return out.str();
  }
  const char *code = *soap_faultcode(soap);
  const char *text = *soap_faultstring(soap);
  std::string detail_code;
  if (soap->fault && soap->fault->detail && soap->fault->detail->dfdg__DfdgFault)
    detail_code = std::to_string(soap->fault->detail->dfdg__DfdgFault->FaultCode);
  std::ostringstream out;
  out << "{\"fault\":{\"code\":" << json(detail_code.empty() ? code : detail_code.c_str())
      << ",\"text\":" << json(text) << "}}";
  return out.str();
}

static time_t utc_midnight(const char *date) {
  struct tm t = {};
  std::sscanf(date, "%d-%d-%d", &t.tm_year, &t.tm_mon, &t.tm_mday);
  t.tm_year -= 1900;
  t.tm_mon -= 1;
  return timegm(&t);
}

int main(int argc, char **argv) {
  if (argc != 6) {
    std::fprintf(stderr, "usage: %s VISITATION_ENDPOINT ABSENCE_ENDPOINT CPR START END\n", argv[0]);
    return 2;
  }
  const char *visitation = argv[1], *absence_endpoint = argv[2];
  std::string cpr = argv[3];
  struct soap *soap = soap_new();
  if (const char *ca = std::getenv("DFDG_TLS_CA")) {
    soap_ssl_init();
    if (soap_ssl_client_context(soap, SOAP_SSL_DEFAULT, std::getenv("DFDG_TLS_KEY_AND_CERT"), nullptr, ca, nullptr,
                                nullptr)) {
      soap_print_fault(soap, stderr);
      return 2;
    }
  }

  std::string exempts;
  {
    set_dfdg_headers(soap);
    pvs__GetPersonExemptsRequestType request;
    request.PersonCivilRegistrationIdentifier = cpr;
    pvs__GetPersonExemptsResponseType response;
    if (soap_call___pvs__GetPersonExempts(soap, visitation, nullptr, &request, response) == SOAP_OK) {
      std::ostringstream out;
      out << "{\"date\":" << json(response.PersonExemptDate.substr(0, 10).c_str()) << ",\"exempts\":[";
      if (response.PersonExemptInfo && response.PersonExemptInfo->PersonExempts) {
        const auto &ids = response.PersonExemptInfo->PersonExempts->PersonExemptTypeIdentifierType;
        for (size_t i = 0; i < ids.size(); ++i) out << (i ? "," : "") << ids[i];
      }
      out << "]}";
      exempts = out.str();
    } else exempts = fault(soap);
  }

  std::string created;
  {
    set_dfdg_headers(soap);
    auto *absence = soap_new_abs__AbsenceType(soap);
    absence->PersonCivilRegistrationIdentifier = cpr;
    absence->AbsenceTypeIdentifier = 10;
    absence->StartDate = utc_midnight(argv[4]);
    absence->EndDate = static_cast<time_t *>(soap_malloc(soap, sizeof(time_t)));
    *absence->EndDate = utc_midnight(argv[5]);
    absence->AbsenceComment = soap_new_std__string(soap);
    *absence->AbsenceComment = "gsoap interop";
    absence->NotificationDate = utc_midnight(argv[4]);
    abs__CreateAbsenceRequestType request;
    request.Absence = absence;
    abs__CreateAbsenceResponseType response;
    if (soap_call___abs__CreateAbsence(soap, absence_endpoint, nullptr, &request, response) == SOAP_OK)
      created = "{\"messageIdentifier\":" +
                json(response.ServiceReceipt ? response.ServiceReceipt->MessageIdentifier.c_str() : nullptr) + "}";
    else created = fault(soap);
  }

  std::string invalid;
  {
    set_dfdg_headers(soap);
    pvs__GetPersonExemptsRequestType request;
    request.PersonCivilRegistrationIdentifier = cpr.substr(0, 9);
    pvs__GetPersonExemptsResponseType response;
    if (soap_call___pvs__GetPersonExempts(soap, visitation, nullptr, &request, response) == SOAP_OK)
      invalid = "{\"error\":\"GetPersonExempts with a 9-digit CPR did not fault\"}";
    else invalid = fault(soap);
  }

  std::printf("{\"getPersonExempts\":%s,\"createAbsence\":%s,\"fault\":%s}\n", exempts.c_str(), created.c_str(),
              invalid.c_str());
  soap_destroy(soap);
  soap_end(soap);
  soap_free(soap);
  return 0;
}
