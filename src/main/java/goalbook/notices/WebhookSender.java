package goalbook.notices;

import goalbook.storage.QueuedNotice;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts a notice to an incoming webhook: for {@code teams} a message with one Adaptive Card (what a
 * Teams workflow "when a webhook request is received" posts to a channel), for {@code slack}
 * {@code {"text": …}} in Slack's mrkdwn. 2xx is delivered; 408, 429 and 5xx are tried again (after
 * {@code Retry-After} when given); any other answer will not change on retry and fails for good.
 */
final class WebhookSender implements Sender {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public void send(QueuedNotice d) throws DeliveryFailure {
        HttpRequest request = HttpRequest.newBuilder(URI.create(d.address())).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", d.eventKey())
                .POST(HttpRequest.BodyPublishers.ofString(body(d))).build();
        HttpResponse<Void> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryFailure("webhook unreachable: " + e, false, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted while posting to the webhook", false, null);
        }
        int status = answer.statusCode();
        if (status / 100 == 2) {
            return;
        }
        boolean again = status == 408 || status == 429 || status >= 500;
        Duration wait = answer.headers().firstValue("Retry-After").flatMap(WebhookSender::seconds).orElse(null);
        throw new DeliveryFailure("HTTP " + status + " from the webhook", !again, wait);
    }

    private static java.util.Optional<Duration> seconds(String header) {
        try {
            return java.util.Optional.of(Duration.ofSeconds(Math.max(0, Math.min(3600, Long.parseLong(header.trim())))));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** The JSON the webhook's format expects. */
    static String body(QueuedNotice d) {
        return "slack".equals(d.format()) ? slack(d) : teams(d);
    }

    private static String slack(QueuedNotice d) {
        String text = "*" + mrkdwn(d.title()) + "*\n" + mrkdwn(d.text()) + (d.link() == null ? "" : "\n<" + d.link() + "|Öppna Goalbook>");
        return JSON.createObjectNode().put("text", text).toString();
    }

    /** Slack reads &, < and > as markup. */
    private static String mrkdwn(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String teams(QueuedNotice d) {
        ObjectNode card = JSON.createObjectNode();
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        ArrayNode body = card.putArray("body");
        body.addObject().put("type", "TextBlock").put("text", d.title()).put("weight", "Bolder").put("size", "Medium").put("wrap", true);
        body.addObject().put("type", "TextBlock").put("text", d.text()).put("wrap", true);
        if (d.link() != null) {
            card.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", "Öppna Goalbook").put("url", d.link());
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("type", "message");
        message.put("summary", d.title());
        ObjectNode attachment = message.putArray("attachments").addObject();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.putNull("contentUrl");
        attachment.set("content", card);
        return message.toString();
    }
}
