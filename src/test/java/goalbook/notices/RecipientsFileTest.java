package goalbook.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipientsFileTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> REGIONS = Set.of("nord", "mitt");

    private static Recipients parse(String yaml) throws Exception {
        return RecipientsFile.parse(YAML.readTree(yaml), REGIONS);
    }

    @Test
    void eachKindGoesToItsRecipient() throws Exception {
        Recipients r = parse("""
                controller: {email: [c@almi.se]}
                board: {email: [b@almi.se]}
                regions:
                  nord: {email: [n@almi.se], webhooks: [{url: "https://hooks.slack.com/x", format: slack}]}
                """);
        assertEquals(List.of("c@almi.se"), r.of(NoticeKind.VERSION_RECEIVED, "nord").email());
        assertEquals(List.of("b@almi.se"), r.of(NoticeKind.APPROVED, null).email());
        assertEquals(2, r.of(NoticeKind.RETURNED, "nord").all().size());
        assertEquals(List.of(), r.of(NoticeKind.REMINDER, "mitt").all(), "a region without addresses hears nothing");
    }

    @Test
    void mistakes_nameWhereTheyAre() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("regions: {syd: {email: [s@almi.se]}}"))
                .getMessage().startsWith("regions.syd: no such region"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("board: {email: [styrelsen]}"))
                .getMessage().startsWith("board.email: not an e-mail address: styrelsen"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("controller: {webhooks: [{url: \"file:///etc/passwd\"}]}"))
                .getMessage().startsWith("controller.webhooks: the url must be http(s)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("controller: {webhooks: [{url: \"https://x.se\", format: discord}]}"))
                .getMessage().contains("format must be teams or slack"));
    }

    @Test
    void badEdit_keepsTheLastGoodRecipients_aGoodOneIsReadWithoutARestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notices.yaml");
        Files.writeString(file, "board: {email: [b@almi.se]}\n");
        RecipientsFile recipients = new RecipientsFile(file, REGIONS);
        assertEquals(List.of("b@almi.se"), recipients.current().board().email());

        Files.writeString(file, "board: {email: [inte en adress]}\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        assertEquals(List.of("b@almi.se"), recipients.current().board().email(), "the last good file");

        Files.writeString(file, "board: {email: [ny@almi.se]}\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 4000));
        assertEquals(List.of("ny@almi.se"), recipients.current().board().email());
    }
}
