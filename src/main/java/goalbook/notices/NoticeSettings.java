package goalbook.notices;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Settings of notices from the environment: {@code GOALBOOK_NOTICES_FILE} (the recipients file; none:
 * notices are off), {@code GOALBOOK_SMTP_HOST}, {@code GOALBOOK_SMTP_PORT} (587), {@code GOALBOOK_SMTP_USER},
 * {@code GOALBOOK_SMTP_PASSWORD}, {@code GOALBOOK_SMTP_FROM}, {@code GOALBOOK_SMTP_STARTTLS} (true) for e-mail,
 * {@code GOALBOOK_REMINDER_DAYS} (5: the first reminder that many days before the deadline; the second is on
 * the deadline), {@code GOALBOOK_NOTICE_POLL_SECONDS} (30) and {@code GOALBOOK_NOTICE_ATTEMPTS} (8).
 *
 * @param recipientsFile who gets what; null turns notices off
 * @param smtp           the mail server; null: e-mail addresses are queued and fail visibly as "no mail server"
 * @param firstRetry     the wait after the first failed attempt; each next wait doubles, up to an hour
 */
public record NoticeSettings(Path recipientsFile, SmtpSettings smtp, int reminderDays, Duration pollEvery, int maxAttempts,
                             Duration firstRetry) {

    /** No notices at all. */
    public static final NoticeSettings OFF = new NoticeSettings(null, null, 5, Duration.ofSeconds(30), 8, Duration.ofMinutes(1));

    public NoticeSettings {
        if (reminderDays < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("reminder days must be ≥ 0 and attempts ≥ 1");
        }
    }

    public boolean enabled() {
        return recipientsFile != null;
    }

    public static NoticeSettings fromEnvironment(Map<String, String> env) {
        String file = env.get("GOALBOOK_NOTICES_FILE");
        SmtpSettings smtp = env.containsKey("GOALBOOK_SMTP_HOST")
                ? new SmtpSettings(env.get("GOALBOOK_SMTP_HOST"), Integer.parseInt(env.getOrDefault("GOALBOOK_SMTP_PORT", "587")),
                        env.get("GOALBOOK_SMTP_USER"), env.get("GOALBOOK_SMTP_PASSWORD"),
                        env.getOrDefault("GOALBOOK_SMTP_FROM", "goalbook@localhost"),
                        Boolean.parseBoolean(env.getOrDefault("GOALBOOK_SMTP_STARTTLS", "true")))
                : null;
        return new NoticeSettings(file == null || file.isBlank() ? null : Path.of(file), smtp,
                Integer.parseInt(env.getOrDefault("GOALBOOK_REMINDER_DAYS", "5")),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("GOALBOOK_NOTICE_POLL_SECONDS", "30"))),
                Integer.parseInt(env.getOrDefault("GOALBOOK_NOTICE_ATTEMPTS", "8")), OFF.firstRetry());
    }

    /** A mail server, e.g. smtp.office365.com:587 with STARTTLS; user and password null for none. */
    public record SmtpSettings(String host, int port, String user, String password, String from, boolean startTls) {}
}
