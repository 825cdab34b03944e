// Java Xerces (the JDK's javax.xml.validation) for the contract tests, many validations in one JVM: the
// checks of xsd-schema-validator's support/XMLValidator.java, one per input line, without starting a JVM per
// check (160 starts cost more CPU than the rest of the test suite's slowest file). Compiled once and kept by the
// tests (test/support/javaProgram.ts; needs a JDK); by hand: `java test/contract/XercesBatch.java`.
//
// Input, one check per line: INSTANCE-FILE <TAB> SCHEMA-FILE. Output per check, in order: its messages as
// `MSG <TAB> n <TAB> [type] text (line:col)` and then `RESULT <TAB> n <TAB> OK|WITH_ERRORS|FATAL_ERROR`, n
// counting checks from 0. As in XMLValidator: warnings count as errors; a schema that does not load, or an
// instance that cannot be parsed, is FATAL_ERROR. A schema is compiled once and reused (a compiled Schema is
// immutable, so the verdicts are those of a fresh compile).
import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

public class XercesBatch {
  private static final PrintStream OUT = new PrintStream(System.out, false, StandardCharsets.UTF_8);

  private static String oneLine(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
  }

  private static void message(int n, String type, String text) {
    OUT.println("MSG\t" + n + "\t" + oneLine(String.format("[%s] %s", type, text)));
  }

  private static final class Collector implements ErrorHandler {
    final int n;
    boolean withErrors = false;

    Collector(int n) {
      this.n = n;
    }

    private void report(String type, SAXParseException e) {
      message(n, type, String.format("%s (%d:%d)", e.getMessage(), e.getLineNumber(), e.getColumnNumber()));
      withErrors = true;
    }

    @Override
    public void warning(SAXParseException e) {
      report("warning", e);
    }

    @Override
    public void error(SAXParseException e) {
      report("error", e);
    }

    @Override
    public void fatalError(SAXParseException e) {
      report("fatal", e);
    }
  }

  public static void main(String[] args) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Map<String, Schema> schemas = new HashMap<>();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    int n = 0;
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isEmpty()) continue;
      String[] parts = line.split("\t", 2);
      Collector handler = new Collector(n);
      String result;
      try {
        if (parts.length != 2) throw new IllegalArgumentException("expected INSTANCE<TAB>SCHEMA, got: " + line);
        Schema schema = schemas.get(parts[1]);
        if (schema == null) {
          schema = factory.newSchema(new File(parts[1]));
          schemas.put(parts[1], schema);
        }
        Validator validator = schema.newValidator();
        validator.setErrorHandler(handler);
        // A stream without a system id, as XMLValidator passes it.
        try (InputStream instance = new FileInputStream(parts[0])) {
          validator.validate(new StreamSource(instance));
        }
        result = handler.withErrors ? "WITH_ERRORS" : "OK";
      } catch (Exception e) {
        message(n, "fatal", e.getMessage());
        result = "FATAL_ERROR";
      }
      OUT.println("RESULT\t" + n + "\t" + result);
      n++;
    }
    OUT.flush();
  }
}
