// Interop check with Mono's ASMX stack: the proxies `wsdl` generated from the served WSDLs (compiled beside this
// file with mcs), both DFDG headers set the .NET way, on the generated SoapHeader members of the proxy.
//
// Over mTLS when DFDG_TLS_CA names the facade's CA: each proxy presents the client's function certificate
// (DFDG_TLS_P12, DFDG_TLS_P12_PASSWORD) in ClientCertificates, and the server's certificate must chain to that CA.
//
// usage: mono client.exe VISITATION_ENDPOINT ABSENCE_ENDPOINT CPR START END
// Prints one JSON line: {"getPersonExempts": …, "createAbsence": …, "fault": …}, each call either its result or
// {"fault": {"code", "text"}}; exits 0 when it could make the calls at all (the test judges the results).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Web.Services.Protocols;

static class MonoInteropClient {
  static ActiveOrganisationHeaderType ActiveOrganisation() {
    return new ActiveOrganisationHeaderType { OrganisationTypeIdentifier = 8, OrganisationCode = "10100" };
  }

  static RequestUserMetadataType RequestUser() {
    return new RequestUserMetadataType {
      RequestUserStructure = new RequestUserStructureType {
        UserFullName = "Mono Interop",
        RequestUserTypeIdentifier = new RequestUserTypeIdentifierType { CodeListItemIdentifier = 2 },
        UserIdentifier = "CVR:12345678-UUID:3f2504e0-4f89-41d3-9a0c-0305e82c3301",
      },
      RequestOrganisationStructure = new RequestOrganisationStructureType {
        OrganisationTypeIdentifier = new OrganisationTypeIdentifierType { CodeListItemIdentifier = 8 },
        OrganisationCode = "10100",
      },
      RegistrationDateTime = DateTime.Now,
      RegistrationDateTimeSpecified = true,
    };
  }

  static string Json(string s) {
    if (s == null) return "null";
    var b = new StringBuilder("\"");
    foreach (char ch in s) {
      if (ch == '"' || ch == '\\') b.Append('\\').Append(ch);
      else if (ch < ' ') b.AppendFormat("\\u{0:x4}", (int)ch);
      else b.Append(ch);
    }
    return b.Append('"').ToString();
  }

  /// <summary>A call's result as JSON, or the SOAP fault's code and text the way a .NET client reads them.</summary>
  static string Call(Func<string> call) {
    try {
      return call();
    } catch (SoapException e) {
      return "{\"fault\":{\"code\":" + Json(e.Code.Name) + ",\"text\":" + Json(e.Message) + "}}";
    } catch (Exception e) {
      return "{\"error\":" + Json(e.GetType().Name + ": " + e.Message) + "}";
    }
  }

  static X509Certificate2 clientCertificate;

  /** The server's certificate must chain to the CA in DFDG_TLS_CA (the test's own CA, not a system one). */
  static void UseMutualTls() {
    string caFile = Environment.GetEnvironmentVariable("DFDG_TLS_CA");
    if (caFile == null) return;
    var ca = new X509Certificate2(caFile);
    ServicePointManager.ServerCertificateValidationCallback = (sender, certificate, chain, errors) => {
      if ((errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None) return false;
      var own = new X509Chain();
      own.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
      own.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority;
      own.ChainPolicy.ExtraStore.Add(ca);
      return own.Build(new X509Certificate2(certificate))
        && own.ChainElements[own.ChainElements.Count - 1].Certificate.Thumbprint == ca.Thumbprint;
    };
    clientCertificate = new X509Certificate2(
      Environment.GetEnvironmentVariable("DFDG_TLS_P12"), Environment.GetEnvironmentVariable("DFDG_TLS_P12_PASSWORD"));
  }

  static T WithCertificate<T>(T proxy) where T : SoapHttpClientProtocol {
    if (clientCertificate != null) proxy.ClientCertificates.Add(clientCertificate);
    return proxy;
  }

  static PersonVisitationStatusServiceBinding Visitation(string url) {
    return WithCertificate(new PersonVisitationStatusServiceBinding {
      Url = url, ActiveOrganisationHeader = ActiveOrganisation(), RequestUserMetadataHeader = RequestUser(),
    });
  }

  static int Main(string[] args) {
    string visitationUrl = args[0], absenceUrl = args[1], cpr = args[2];
    UseMutualTls();
    DateTime start = DateTime.Parse(args[3], CultureInfo.InvariantCulture);
    DateTime end = DateTime.Parse(args[4], CultureInfo.InvariantCulture);

    string exempts = Call(() => {
      var r = Visitation(visitationUrl).GetPersonExempts(new GetPersonExemptsRequestType { PersonCivilRegistrationIdentifier = cpr });
      var ids = new List<string>();
      if (r.PersonExemptInfo != null && r.PersonExemptInfo.PersonExempts != null)
        foreach (int id in r.PersonExemptInfo.PersonExempts) ids.Add(id.ToString(CultureInfo.InvariantCulture));
      return "{\"date\":" + Json(r.PersonExemptDate.ToString("yyyy-MM-dd")) + ",\"exempts\":[" + string.Join(",", ids) + "]}";
    });

    string created = Call(() => {
      var absence = WithCertificate(new AbsenceRegistrationServiceBinding {
        Url = absenceUrl, ActiveOrganisationHeader = ActiveOrganisation(), RequestUserMetadataHeader = RequestUser(),
      });
      var r = absence.CreateAbsence(new CreateAbsenceRequestType {
        Absence = new AbsenceType {
          PersonCivilRegistrationIdentifier = cpr,
          AbsenceTypeIdentifier = 10,
          StartDate = start,
          EndDate = end,
          EndDateSpecified = true,
          AbsenceComment = "mono interop",
          NotificationDate = start,
        },
      });
      return "{\"messageIdentifier\":" + Json(r.ServiceReceipt.MessageIdentifier) + "}";
    });

    string fault = Call(() => {
      Visitation(visitationUrl).GetPersonExempts(new GetPersonExemptsRequestType { PersonCivilRegistrationIdentifier = cpr.Substring(0, 9) });
      return "{\"error\":\"GetPersonExempts with a 9-digit CPR did not fault\"}";
    });

    Console.WriteLine("{\"getPersonExempts\":" + exempts + ",\"createAbsence\":" + created + ",\"fault\":" + fault + "}");
    return 0;
  }
}
