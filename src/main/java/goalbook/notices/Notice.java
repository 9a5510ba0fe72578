package goalbook.notices;

/**
 * One thing to tell, before it is addressed: e.g. {@code RETURNED} for 2024-Q2 and nord, titled
 * "Almi Nord: rapporten för 2024 kvartal 2 har återförvisats", with a link to the region's page.
 *
 * @param region the region it concerns; null for the whole quarter
 * @param link   where the reader acts, or null when no public address is configured
 */
record Notice(NoticeKind kind, String period, String region, String title, String text, String link) {

    /** This notice to each of {@code to}, as the outbox queues it under {@code eventKey}. */
    java.util.List<goalbook.storage.NoticeDraft> to(String eventKey, java.util.List<Recipients.Address> to) {
        return to.stream().map(a -> new goalbook.storage.NoticeDraft(eventKey, kind.name(), period, region, a.channel().name(), a.address(),
                a.format(), title, text, link)).toList();
    }
}
