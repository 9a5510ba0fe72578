package goalbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A JSON submission is stored without its annotated copy; the copy is made on first request, exactly
 * what it would have been at upload (the review as it stood then), and every later download is those bytes.
 */
class DeferredAnnotationHttpTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static byte[] template;

    @BeforeAll
    static void download() {
        template = server.get(ConcurrentLoad.base("nord") + "/template.xlsx", "demo-nord").body();
    }

    private static byte[] version(int n) {
        return FilledTemplates.version(template, n);
    }

    @Test
    void jsonSubmission_copyMadeOnFirstRequest_asAtUpload_thenTheSameBytes() throws Exception {
        String nord = ConcurrentLoad.base("nord");
        byte[] file = version(1);
        byte[] asAtUpload = server.upload(nord + "/validate", "demo-nord", file, TestServer.XLSX).body();
        HttpResponse<byte[]> stored = server.upload(nord + "/submissions", "demo-nord", file, null);
        assertEquals(201, stored.statusCode());
        assertTrue(new String(stored.body(), java.nio.charset.StandardCharsets.UTF_8).contains("\"valid\""), "a JSON report");
        // written after the upload: not part of that version's copy
        assertEquals(201, server.post(nord + "/comments", "demo-controller", "{\"goalId\": \"andel_kvinnor\", \"text\": \"Skrivet efteråt\"}")
                .statusCode());

        HttpResponse<byte[]> first = server.get(nord + "/submissions/1/annotated.xlsx", "demo-nord");
        assertEquals(200, first.statusCode());
        assertArrayEquals(asAtUpload, first.body(), "what the copy would have been at upload");
        assertFalse(BoardHttpTest.sheetText(first.body(), "Resultat").contains("Skrivet efteråt"));
        assertArrayEquals(first.body(), server.get(nord + "/submissions/1/annotated.xlsx", "demo-controller").body(), "kept: the same bytes");

        HttpResponse<byte[]> again = server.upload(nord + "/submissions", "demo-nord", file, TestServer.XLSX);
        assertEquals(200, again.statusCode(), "the same bytes again answer with version 1");
        assertArrayEquals(first.body(), again.body());
    }

    @Test
    void xlsxSubmission_keepsItsCopyWithTheVersion() {
        String mitt = ConcurrentLoad.base("mitt");
        byte[] tpl = server.get(mitt + "/template.xlsx", "demo-mitt").body();
        HttpResponse<byte[]> stored = server.upload(mitt + "/submissions", "demo-mitt", FilledTemplates.fill(tpl, FilledTemplates.B_Q2_MET),
                TestServer.XLSX);
        assertEquals(201, stored.statusCode());
        assertArrayEquals(stored.body(), server.get(mitt + "/submissions/1/annotated.xlsx", "demo-mitt").body());
        assertEquals(404, server.get(mitt + "/submissions/9/annotated.xlsx", "demo-mitt").statusCode());
    }
}
