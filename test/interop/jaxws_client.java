// Interop check with JAX-WS (the RI Debian ships, packages jaxws and libjaxws-java, on JDK 17): the ports wsimport
// generated from the served WSDLs (test/interop/jaxws_import.java), both DFDG headers added the JAX-WS RI way, as
// outbound headers of the port (WSBindingProvider.setOutboundHeaders, JAXB elements from the generated
// ObjectFactory); a DFDG fault read from the generated checked fault exception (faultstring and its DfdgFault
// detail).
//
// usage: java -cp CLASSES:JAXWS_JARS JaxwsClient CPR START END
// Prints one JSON line: {"getPersonExempts": …, "createAbsence": …, "fault": …}, each call either its result or
// {"fault": {"code", "text"}}; the test judges the results.
import com.sun.xml.ws.api.message.Headers;
import com.sun.xml.ws.developer.WSBindingProvider;
import dk.bm.service.pjaktass._2015._01._21.organisationtypeidentifiercodelist.OrganisationTypeIdentifierType;
import dk.bm.service.pjaktass._2015._01._21.requestorganisationstructure.RequestOrganisationStructureType;
import dk.bm.service.pjaktass._2015._01._21.requestuserstructure.RequestUserStructureType;
import dk.bm.service.pjaktass._2015._01._21.requestusertypeidentifiercodelist.RequestUserTypeIdentifierType;
import dk.bm.service.pjaktass._2024._12._01.absenceregistrationservice.AbsenceRegistrationService;
import dk.bm.service.pjaktass._2024._12._01.absenceregistrationservice.AbsenceRegistrationServicePortType;
import dk.bm.service.pjaktass._2024._12._01.absenceregistrationservice.AbsenceType;
import dk.bm.service.pjaktass._2024._12._01.absenceregistrationservice.CreateAbsenceRequestType;
import dk.bm.service.pjaktass._2024._12._01.common.DfdgFaultType;
import dk.bm.service.pjaktass._2024._12._01.personvisitationstatusservice.DfdgFault;
import dk.bm.service.pjaktass._2024._12._01.personvisitationstatusservice.GetPersonExemptsRequestType;
import dk.bm.service.pjaktass._2024._12._01.personvisitationstatusservice.GetPersonExemptsResponseType;
import dk.bm.service.pjaktass._2024._12._01.personvisitationstatusservice.PersonVisitationStatusService;
import dk.bm.service.pjaktass._2024._12._01.personvisitationstatusservice.PersonVisitationStatusServicePortType;
import dk.bm.service.requestusermetadata._2015._01._21.RequestUserMetadataType;
import dk.oio.rep.ams_dk.xml.schemas._2005._09._01.ActiveOrganisationHeaderType;
import java.util.GregorianCalendar;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.xml.bind.JAXBContext;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.ws.soap.SOAPFaultException;

class JaxwsClient {
  static final DatatypeFactory XML_TIME = newDatatypeFactory();

  static DatatypeFactory newDatatypeFactory() {
    try {
      return DatatypeFactory.newInstance();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Both DFDG headers on every call of the port, as JAXB elements of the generated ObjectFactories. */
  static <P> P withDfdgHeaders(P port) throws Exception {
    ActiveOrganisationHeaderType organisation = new ActiveOrganisationHeaderType();
    organisation.setOrganisationTypeIdentifier(8);
    organisation.setOrganisationCode("10100");

    RequestUserTypeIdentifierType userType = new RequestUserTypeIdentifierType();
    userType.setCodeListItemIdentifier(2);
    RequestUserStructureType user = new RequestUserStructureType();
    user.setUserFullName("JAX-WS Interop");
    user.setRequestUserTypeIdentifier(userType);
    user.setUserIdentifier("CVR:12345678-UUID:3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    OrganisationTypeIdentifierType organisationType = new OrganisationTypeIdentifierType();
    organisationType.setCodeListItemIdentifier(8);
    RequestOrganisationStructureType userOrganisation = new RequestOrganisationStructureType();
    userOrganisation.setOrganisationTypeIdentifier(organisationType);
    userOrganisation.setOrganisationCode("10100");
    RequestUserMetadataType metadata = new RequestUserMetadataType();
    metadata.setRequestUserStructure(user);
    metadata.setRequestOrganisationStructure(userOrganisation);
    metadata.setRegistrationDateTime(XML_TIME.newXMLGregorianCalendar(new GregorianCalendar()));

    JAXBContext jaxb = JAXBContext.newInstance(
        dk.oio.rep.ams_dk.xml.schemas._2005._09._01.ObjectFactory.class,
        dk.bm.service.requestusermetadata._2015._01._21.ObjectFactory.class);
    ((WSBindingProvider) port).setOutboundHeaders(
        Headers.create(jaxb, new dk.oio.rep.ams_dk.xml.schemas._2005._09._01.ObjectFactory()
            .createActiveOrganisationHeader(organisation)),
        Headers.create(jaxb, new dk.bm.service.requestusermetadata._2015._01._21.ObjectFactory()
            .createRequestUserMetadataHeader(metadata)));
    return port;
  }

  static String json(String s) {
    if (s == null) return "null";
    StringBuilder b = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      if (ch == '"' || ch == '\\') b.append('\\').append(ch);
      else if (ch < ' ') b.append(String.format("\\u%04x", (int) ch));
      else b.append(ch);
    }
    return b.append('"').toString();
  }

  static String fault(String code, String text) {
    return "{\"fault\":{\"code\":" + json(code) + ",\"text\":" + json(text) + "}}";
  }

  /** A call's result as JSON, or the fault's code and text as a JAX-WS client reads them. */
  static String call(Callable<String> call) {
    try {
      return call.call();
    } catch (DfdgFault e) {
      DfdgFaultType info = e.getFaultInfo();
      return fault(String.valueOf(info.getFaultCode()), e.getMessage());
    } catch (dk.bm.service.pjaktass._2024._12._01.absenceregistrationservice.DfdgFault e) {
      DfdgFaultType info = e.getFaultInfo();
      return fault(String.valueOf(info.getFaultCode()), e.getMessage());
    } catch (SOAPFaultException e) {
      return fault(e.getFault().getFaultCodeAsQName().getLocalPart(), e.getFault().getFaultString());
    } catch (Exception e) {
      return "{\"error\":" + json(e.getClass().getName() + ": " + e.getMessage()) + "}";
    }
  }

  public static void main(String[] args) throws Exception {
    String cpr = args[0];
    PersonVisitationStatusServicePortType visitation =
        withDfdgHeaders(new PersonVisitationStatusService().getPersonVisitationStatusServicePort());
    AbsenceRegistrationServicePortType absence =
        withDfdgHeaders(new AbsenceRegistrationService().getAbsenceRegistrationServicePort());

    String exempts = call(() -> {
      GetPersonExemptsRequestType request = new GetPersonExemptsRequestType();
      request.setPersonCivilRegistrationIdentifier(cpr);
      GetPersonExemptsResponseType r = visitation.getPersonExempts(request);
      String ids = r.getPersonExemptInfo() == null || r.getPersonExemptInfo().getPersonExempts() == null
          ? ""
          : r.getPersonExemptInfo().getPersonExempts().getPersonExemptTypeIdentifierType().stream()
              .map(String::valueOf).collect(Collectors.joining(","));
      return "{\"date\":" + json(r.getPersonExemptDate().toXMLFormat().substring(0, 10)) + ",\"exempts\":[" + ids + "]}";
    });

    String created = call(() -> {
      AbsenceType a = new AbsenceType();
      a.setPersonCivilRegistrationIdentifier(cpr);
      a.setAbsenceTypeIdentifier(10);
      a.setStartDate(XML_TIME.newXMLGregorianCalendar(args[1] + "T00:00:00"));
      a.setEndDate(XML_TIME.newXMLGregorianCalendar(args[2] + "T00:00:00"));
      a.setAbsenceComment("jax-ws interop");
      a.setNotificationDate(XML_TIME.newXMLGregorianCalendar(args[1] + "T00:00:00"));
      CreateAbsenceRequestType request = new CreateAbsenceRequestType();
      request.setAbsence(a);
      return "{\"messageIdentifier\":" + json(absence.createAbsence(request).getServiceReceipt().getMessageIdentifier()) + "}";
    });

    String fault = call(() -> {
      GetPersonExemptsRequestType request = new GetPersonExemptsRequestType();
      request.setPersonCivilRegistrationIdentifier(cpr.substring(0, 9));
      visitation.getPersonExempts(request);
      return "{\"error\":\"GetPersonExempts with a 9-digit CPR did not fault\"}";
    });

    System.out.println("{\"getPersonExempts\":" + exempts + ",\"createAbsence\":" + created + ",\"fault\":" + fault + "}");
  }
}
