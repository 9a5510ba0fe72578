package goalbook.access;

import java.util.List;

/**
 * A signed-in person as the token describes them, e.g. {@code Anna Berg <anna.berg@almi.se>} with
 * object id {@code 7f1c…}.
 *
 * @param subject     the stable id: Entra's {@code oid}, else the standard {@code sub}
 * @param displayName the {@code name} claim, else the username, else the subject
 * @param username    {@code preferred_username}, or null
 * @param roles       app roles ({@code roles} claim)
 * @param groups      group ids ({@code groups} claim)
 */
public record Person(String subject, String displayName, String username, List<String> roles, List<String> groups) {

    public Person {
        roles = List.copyOf(roles);
        groups = List.copyOf(groups);
    }

    /** What logs and the audit trail record: name, username and the stable id, so a renamed person stays traceable. */
    public String label() {
        return displayName + (username == null || username.equals(displayName) ? "" : " <" + username + ">") + " [" + subject + "]";
    }
}
