// wsimport (the JAX-WS RI tool Debian ships in package jaxws) over every WSDL given, in one JVM: one generation
// per WSDL, sources only (-Xnocompile; the client's javac compiles just the classes it uses). Prints the WSDLs
// wsimport could not import, one a line, and exits 1 if there is any.
//
// usage: java -cp /usr/share/java/jaxws-tools.jar test/interop/jaxws_import.java OUT_DIR WSDL_URL...
// (the test compiles it once and keeps the class: test/support/javaProgram.ts)
import com.sun.tools.ws.WsImport;
import java.util.ArrayList;
import java.util.List;

class JaxwsImport {
  public static void main(String[] args) throws Throwable {
    String out = args[0];
    List<String> failed = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      int rc = WsImport.doMain(new String[] {"-quiet", "-Xnocompile", "-s", out, "-d", out, args[i]});
      if (rc != 0) failed.add(args[i]);
    }
    failed.forEach(System.out::println);
    System.exit(failed.isEmpty() ? 0 : 1);
  }
}
