package goalbook.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * E-mail notices read back from an in-process SMTP server, and the reminders before the deadline
 * (2024-Q2 is due 20 days after the quarter: the last day is 20 July 2024; the rig reminds 5 days before).
 */
@Timeout(60)
class NoticeMailAndReminderTest {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private NoticeRig rig;

    @BeforeEach
    void start() {
        rig = new NoticeRig("""
                board:
                  email: [styrelsen@almi.example]
                regions:
                  nord:
                    email: [nord@almi.example]
                  mitt:
                    email: [mitt@almi.example, vd.mitt@almi.example]
                """, new NoticeSettings.SmtpSettings("127.0.0.1", ServerSetupTest.SMTP.getPort(), null, null, "goalbook@almi.example", false));
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void approval_mailsTheBoard_inSwedish_once() throws Exception {
        rig.approveAllowingMissing();
        assertEquals(1, rig.worker.runOnce());
        assertEquals(0, rig.worker.runOnce());

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage m = received[0];
        assertEquals("styrelsen@almi.example", m.getAllRecipients()[0].toString());
        assertEquals("goalbook@almi.example", m.getFrom()[0].toString());
        assertEquals("2024 kvartal 2 är godkänt: styrelsens arbetsbok finns att hämta", m.getSubject());
        String body = GreenMailUtil.getBody(m);
        assertTrue(m.getContentType().toLowerCase().contains("utf-8"), m.getContentType());
        assertTrue(m.getContent().toString().contains("Koncerncontrollern (Koncerncontroller) har godkänt 2024 kvartal 2"), body);
        assertTrue(m.getContent().toString().contains("https://goalbook.example/addin/taskpane.html"), body);
        assertTrue(m.getMessageID().endsWith("@goalbook>"), m.getMessageID());
    }

    @Test
    void mailServerDown_isRetried_untilItIsBack() throws Exception {
        MAIL.stop();
        rig.moveTo(Instant.parse("2024-07-15T06:00:00Z"));
        assertEquals(0, rig.worker.runOnce(), "no mail server");
        assertTrue(rig.all().stream().allMatch(d -> d.state().equals("PENDING") && d.lastError().startsWith("mail server")),
                "kept for a retry: " + rig.all());
        MAIL.start();
        rig.clock.advance(java.time.Duration.ofMinutes(1));
        assertEquals(rig.all().size(), rig.worker.runOnce());
    }

    @Test
    void reminders_fromFiveDaysBefore_onTheLastDay_onlyToRegionsWithoutAVersion() throws Exception {
        rig.submit("nord");
        rig.moveTo(Instant.parse("2024-07-14T23:59:59Z"));
        assertEquals(0, rig.reminders.queueDue(rig.clock), "6 days before: too early");

        rig.moveTo(Instant.parse("2024-07-15T00:00:00Z"));
        assertEquals(2, rig.reminders.queueDue(rig.clock), "mitt's two addresses; nord has submitted");
        assertEquals(0, rig.reminders.queueDue(rig.clock), "once");
        rig.moveTo(Instant.parse("2024-07-19T12:00:00Z"));
        assertEquals(0, rig.reminders.queueDue(rig.clock), "still once, the day before");

        rig.moveTo(Instant.parse("2024-07-20T07:00:00Z"));
        assertEquals(2, rig.reminders.queueDue(rig.clock), "on the last day");
        rig.moveTo(Instant.parse("2024-07-21T00:00:00Z"));
        assertEquals(0, rig.reminders.queueDue(rig.clock), "after the deadline: nothing");

        rig.worker.runOnce();
        List<String> subjects = java.util.Arrays.stream(MAIL.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0] + " " + m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
        assertEquals(List.of(
                "mitt@almi.example Påminnelse: rapporten för 2024 kvartal 2 från Almi Mitt",
                "mitt@almi.example Sista dag i dag: rapporten för 2024 kvartal 2 från Almi Mitt",
                "vd.mitt@almi.example Påminnelse: rapporten för 2024 kvartal 2 från Almi Mitt",
                "vd.mitt@almi.example Sista dag i dag: rapporten för 2024 kvartal 2 från Almi Mitt"), subjects);
        String text = rig.all().stream().filter(d -> d.kind().equals("REMINDER")).findFirst().orElseThrow().text();
        assertEquals("Almi Mitt har ännu inte lämnat någon rapport för 2024 kvartal 2. Sista dag att lämna den är lördag 20 juli 2024.", text);
    }

    @Test
    void approvedQuarter_remindsNobody() {
        rig.approveAllowingMissing();
        rig.moveTo(Instant.parse("2024-07-20T07:00:00Z"));
        assertEquals(0, rig.reminders.queueDue(rig.clock));
    }
}
