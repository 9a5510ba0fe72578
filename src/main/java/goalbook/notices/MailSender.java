package goalbook.notices;

import goalbook.storage.QueuedNotice;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Sends a notice as a plain-text e-mail over SMTP (Jakarta Mail). The Message-ID is derived from the
 * event and address, so a mail client shows a rare second delivery (a crash between the server's
 * acceptance and our record of it) as the same message. Without a mail server every e-mail fails for
 * good, visibly, instead of waiting.
 */
final class MailSender implements Sender {
    private static final int TIMEOUT_MS = 20_000;

    private final NoticeSettings.SmtpSettings smtp;
    private final Session session;

    MailSender(NoticeSettings.SmtpSettings smtp) {
        this.smtp = smtp;
        this.session = smtp == null ? null : Session.getInstance(properties(smtp));
    }

    private static Properties properties(NoticeSettings.SmtpSettings smtp) {
        Properties p = new Properties();
        p.put("mail.smtp.host", smtp.host());
        p.put("mail.smtp.port", Integer.toString(smtp.port()));
        p.put("mail.smtp.auth", Boolean.toString(smtp.user() != null));
        p.put("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
        p.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MS));
        p.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MS));
        p.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MS));
        return p;
    }

    @Override
    public void send(QueuedNotice d) throws DeliveryFailure {
        if (session == null) {
            throw new DeliveryFailure("no mail server configured (GOALBOOK_SMTP_HOST)", true, null);
        }
        try {
            MimeMessage m = new IdentifiedMessage(session, messageId(d));
            m.setFrom(new InternetAddress(smtp.from()));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(d.address(), true));
            m.setSubject(d.title(), "UTF-8");
            m.setText(d.text() + (d.link() == null ? "" : "\n\n" + d.link()) + "\n\n-- \nGoalbook", "UTF-8");
            if (smtp.user() != null) {
                Transport.send(m, smtp.user(), smtp.password());
            } else {
                Transport.send(m);
            }
        } catch (SendFailedException e) {
            // the server refused the address itself: retrying sends to the same refusal
            throw new DeliveryFailure("address refused: " + e.getMessage(), e.getValidUnsentAddresses() == null
                    || e.getValidUnsentAddresses().length == 0, null);
        } catch (MessagingException e) {
            throw new DeliveryFailure("mail server: " + e.getMessage(), false, null);
        }
    }

    private static String messageId(QueuedNotice d) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((d.eventKey() + "\n" + d.address()).getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(h, 0, 16) + "@goalbook>";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jakarta Mail replaces the Message-ID when saving; this keeps ours. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String id;

        IdentifiedMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
