package goalbook.workbook.upload;

import java.util.List;

/**
 * What the controller said about the region's report this quarter, for the block "Kommentarer från
 * granskningen" on the annotated copy's Resultat sheet.
 *
 * @param decision the latest decision as a sentence, e.g. "Version 1 återförvisades 2024-07-12 09:30 av
 *                 Koncerncontroller: NPS saknas."; null when there is none
 * @param comments the conversation per goal, in the order written
 */
public record ReviewNotes(String decision, List<Entry> comments) {
    public static final ReviewNotes NONE = new ReviewNotes(null, List.of());

    public ReviewNotes {
        comments = List.copyOf(comments);
    }

    /**
     * One entry of the conversation.
     *
     * @param from who and when, e.g. "Koncerncontroller 2024-07-12 09:30"
     */
    public record Entry(int goalNumber, String goalName, String from, String text) {}

    boolean isEmpty() {
        return decision == null && comments.isEmpty();
    }
}
