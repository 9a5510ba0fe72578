package goalbook.notices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.Regions;
import goalbook.storage.AuditEntry;
import goalbook.storage.AuditListener;
import java.util.function.Supplier;

/**
 * Turns the audit entries that people should hear about into queued notices, in the transaction
 * of the entry: a stored version, a review decision, an approval. The event key is the entry's
 * sequence number, unique for ever, so each event is queued once per address.
 */
final class AuditNotices implements AuditListener {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<Recipients> recipients;
    private final Regions regions;
    private final String link;

    AuditNotices(Supplier<Recipients> recipients, Regions regions, String link) {
        this.recipients = recipients;
        this.regions = regions;
        this.link = link;
    }

    @Override
    public java.util.List<goalbook.storage.NoticeDraft> noticesFor(AuditEntry entry, String actorLabel) {
        Notice notice = notice(entry, actorLabel);
        return notice == null ? java.util.List.of()
                : notice.to("audit/" + entry.seq(), recipients.get().of(notice.kind(), notice.region()).all());
    }

    /** The notice an entry gives, or null for the entries nobody is told about (comments, budgets, reference saves). */
    Notice notice(AuditEntry entry, String actorLabel) {
        String action = entry.action();
        if (!action.equals("submission.store") && !action.startsWith("review.") && !action.equals("period.approve")) {
            return null;
        }
        JsonNode detail = detail(entry.detail());
        String[] subject = entry.subject().split("/", 2);
        Period period = Period.parse(subject[0]);
        int version = detail.path("version").asInt();
        if (action.equals("period.approve")) {
            return NoticeTexts.approved(period, version, actorLabel, link);
        }
        String region = subject.length > 1 ? subject[1] : null;
        String name = regions.byId(region).map(Region::name).orElse(region);
        return switch (action) {
            case "submission.store" -> NoticeTexts.received(period, region, name, version, detail.path("valid").asBoolean(), actorLabel, link);
            case "review.return" -> NoticeTexts.returned(period, region, name, version, detail.path("reason").asText(""), link);
            case "review.accept" -> NoticeTexts.accepted(period, region, name, version, link);
            default -> null;
        };
    }

    private static JsonNode detail(String text) {
        try {
            return text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }
}
