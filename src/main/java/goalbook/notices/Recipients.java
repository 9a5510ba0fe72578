package goalbook.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who gets which notices, read from the recipients file: the controller, the board secretary and
 * each region, each with e-mail addresses and webhooks.
 */
record Recipients(Addresses controller, Addresses board, Map<String, Addresses> regions) {

    static final Recipients NOBODY = new Recipients(Addresses.NONE, Addresses.NONE, Map.of());

    /** Where {@code kind} about {@code region} goes. */
    Addresses of(NoticeKind kind, String region) {
        return switch (kind) {
            case VERSION_RECEIVED -> controller;
            case APPROVED -> board;
            case RETURNED, ACCEPTED, REMINDER, DEADLINE -> regions.getOrDefault(region, Addresses.NONE);
        };
    }

    /** E-mail addresses and webhooks of one recipient. */
    record Addresses(List<String> email, List<Webhook> webhooks) {
        static final Addresses NONE = new Addresses(List.of(), List.of());

        List<Address> all() {
            List<Address> out = new ArrayList<>();
            email.forEach(e -> out.add(new Address(Channel.EMAIL, e, null)));
            webhooks.forEach(w -> out.add(new Address(Channel.WEBHOOK, w.url(), w.format())));
            return out;
        }
    }

    /** An incoming webhook; {@code format} is {@code teams} (an Adaptive Card, for a Teams workflow) or {@code slack}. */
    record Webhook(String url, String format) {}

    /** One place a notice is delivered to. */
    record Address(Channel channel, String address, String format) {}

    enum Channel { EMAIL, WEBHOOK }
}
