package goalbook.addin;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * The committed and the server-rendered add-in manifests validate offline against Microsoft's
 * schemas in {@code ../shared/office-addin-schemas/} (system property {@code goalbook.shared}).
 */
@Tag("integration")
class ManifestSchemaIT {
    static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        Path dir = Path.of(System.getProperty("goalbook.shared", "../shared"), "office-addin-schemas");
        Path entry = dir.resolve("OfficeAppManifestV1_1.xsd");
        assertTrue(Files.isRegularFile(entry), "the manifest schemas are required: " + entry.toAbsolutePath());
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        schema = f.newSchema(entry.toFile());
    }

    static void validate(String xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static String rendered(String base) throws Exception {
        // AddinRoutes is package-private in goalbook.http by design; the test reaches its static renderer.
        Class<?> routes = Class.forName("goalbook.http.AddinRoutes");
        Method render = routes.getDeclaredMethod("renderManifest", String.class);
        render.setAccessible(true);
        return (String) render.invoke(null, base);
    }

    @Test
    void committedManifest_validates() throws Exception {
        validate(Files.readString(Path.of("addin-manifest/manifest.xml")));
    }

    @Test
    void renderedManifest_validates() throws Exception {
        validate(rendered("https://goalbook.almi.se"));
        validate(rendered("https://intra.almi.se:9443/goalbook/"));
    }

    @Test
    void schema_refusesAManifestWithAnUnknownPermission() throws Exception {
        String bad = Files.readString(Path.of("addin-manifest/manifest.xml")).replace("ReadWriteDocument", "Everything");
        assertThrows(SAXException.class, () -> validate(bad));
    }
}
