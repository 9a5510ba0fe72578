package goalbook.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.SchemaTypeSystem;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.w3c.dom.Node;

/**
 * The complete ECMA-376 schemas of POI's {@code poi-ooxml-full}, loaded in a class loader of their own,
 * so the rest of the tests keep running on {@code poi-ooxml-lite} as production does (the full jar would
 * otherwise supply every class the lite jar lacks and hide a missing one). XMLBeans itself is shared.
 */
final class OoxmlSchemas {

    private static final String HOLDER = "org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder";
    private static SchemaTypeSystem types;

    private OoxmlSchemas() {}

    /** Whether the schemas know {@code root} as a document element. */
    static boolean knows(QName root) {
        return types().findDocumentType(root) != null;
    }

    /** Every schema error in the document (or element) {@code node}, e.g. "/styleSheet/fills/fill/patternFill/fgColor@rgb: ...". */
    static List<String> errors(Node node) {
        List<XmlError> found = new ArrayList<>();
        XmlOptions options = new XmlOptions();
        options.setErrorListener(found);
        try {
            XmlObject doc = types().parse(node, (SchemaType) null, options);
            doc.validate(options);
        } catch (XmlException e) {
            found.add(e.getError() != null ? e.getError() : XmlError.forMessage(e.getMessage()));
        }
        List<String> out = new ArrayList<>();
        for (XmlError e : found) {
            if (e.getSeverity() == XmlError.SEVERITY_ERROR) {
                out.add(where(e) + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static String where(XmlError e) {
        XmlCursor c = e.getCursorLocation();
        if (c == null) {
            return "?";
        }
        try (c) {
            StringBuilder path = new StringBuilder();
            if (c.isAttr()) {
                path.append('@').append(c.getName().getLocalPart());
                c.toParent();
            }
            while (c.isStart()) {
                path.insert(0, "/" + c.getName().getLocalPart());
                if (!c.toParent()) {
                    break;
                }
            }
            return path.toString();
        }
    }

    private static synchronized SchemaTypeSystem types() {
        if (types == null) {
            try {
                ClassLoader own = new ChildFirst(new URL[] {fullJar().toUri().toURL()}, OoxmlSchemas.class.getClassLoader());
                types = (SchemaTypeSystem) own.loadClass(HOLDER).getField("typeSystem").get(null);
            } catch (MalformedURLException | ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load the ECMA-376 schemas of poi-ooxml-full", e);
            }
        }
        return types;
    }

    /** Maven passes the jar's path (see the pom); outside Maven the default local repository is tried. */
    private static Path fullJar() {
        String given = System.getProperty("goalbook.ooxmlFullJar");
        String version = org.apache.poi.Version.getVersion();
        Path jar = given != null ? Path.of(given) : Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "apache", "poi",
                "poi-ooxml-full", version, "poi-ooxml-full-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new UncheckedIOException(new IOException("poi-ooxml-full not found at " + jar + " (run mvn once without -o)"));
        }
        return jar;
    }

    /** Loads the schema classes and resources from the full jar first; XMLBeans and the JDK from the parent. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && !name.startsWith("org.apache.xmlbeans.") && !name.startsWith("java")) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        // not a schema class: the parent's
                    }
                }
                if (c == null) {
                    c = getParent().loadClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
