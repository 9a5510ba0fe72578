package goalbook.storage;

/**
 * One notice to one address, to be queued, e.g. a RETURNED notice for 2024-Q2 and nord to nord@almi.se.
 *
 * @param eventKey what it tells about, unique per event, e.g. {@code audit/42}: queued once per event and address
 * @param region   the region it concerns; null for the whole quarter
 * @param channel  {@code EMAIL} or {@code WEBHOOK}
 * @param format   for a webhook {@code teams} or {@code slack}; null for e-mail
 * @param link     where the reader acts; null for none
 */
public record NoticeDraft(String eventKey, String kind, String period, String region, String channel, String address, String format,
                          String title, String text, String link) {}
