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

    /**
     * The shared schemas predate single sign-on: this copy of them adds {@code WebApplicationInfo} to the
     * task pane's {@code VersionOverridesV1_0}, after {@code Resources}, as Microsoft's manifest reference
     * describes it (Id a GUID, Resource the application id URI, Scopes of Scope).
     */
    static Schema withWebApplicationInfo() throws Exception {
        Path dir = Path.of(System.getProperty("goalbook.shared", "../shared"), "office-addin-schemas");
        Path copy = Files.createTempDirectory("addin-schemas");
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".xsd")).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path overrides = copy.resolve("TaskPaneAppVersionOverridesV1_0.xsd");
        String xsd = Files.readString(overrides);
        String anchor = "      <xs:any id=\"VersionOverrides\"";
        assertTrue(xsd.contains(anchor), "the schema's VersionOverridesV1_0 ends with its extension point");
        xsd = xsd.replace(anchor, "      <xs:element name=\"WebApplicationInfo\" type=\"WebApplicationInfo\" minOccurs=\"0\" maxOccurs=\"1\"/>\n" + anchor);
        xsd = xsd.replace("  <xs:element name=\"VersionOverrides\" type=\"VersionOverridesV1_0\">", """
                  <xs:complexType name="WebApplicationInfo">
                    <xs:sequence>
                      <xs:element name="Id" type="bt:UUID"/>
                      <xs:element name="Resource" type="xs:anyURI"/>
                      <xs:element name="Scopes" minOccurs="0">
                        <xs:complexType><xs:sequence><xs:element name="Scope" type="bt:ShortString" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
                      </xs:element>
                    </xs:sequence>
                  </xs:complexType>
                  <xs:element name="VersionOverrides" type="VersionOverridesV1_0">""");
        Files.writeString(overrides, xsd);
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        return f.newSchema(copy.resolve("OfficeAppManifestV1_1.xsd").toFile());
    }

    static void validate(String xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static String rendered(String base, String applicationId) throws Exception {
        Class<?> routes = Class.forName("goalbook.http.AddinRoutes");
        Method render = routes.getDeclaredMethod("renderManifest", String.class, String.class);
        render.setAccessible(true);
        return (String) render.invoke(null, base, applicationId);
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

    @Test
    void renderedManifestWithSingleSignOn_validatesWithWebApplicationInfo() throws Exception {
        String app = "12345678-abcd-1234-efab-123456789abc";
        String xml = rendered("https://goalbook.almi.se", app);
        assertTrue(xml.contains("<Id>" + app + "</Id>") && xml.contains("<Resource>api://goalbook.almi.se/" + app + "</Resource>"), xml);
        Schema sso = withWebApplicationInfo();
        sso.newValidator().validate(new StreamSource(new StringReader(xml)));
        sso.newValidator().validate(new StreamSource(new StringReader(rendered("https://goalbook.almi.se"))));
        // the copy still refuses what the schema refuses: WebApplicationInfo out of its place
        String misplaced = xml.replace("    <WebApplicationInfo>", "    <Resources/><WebApplicationInfo>");
        assertThrows(SAXException.class, () -> sso.newValidator().validate(new StreamSource(new StringReader(misplaced))));
    }
}
