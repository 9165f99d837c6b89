package dev.verbatim.statement;

/**
 * The first words of a statement, cut at a word: of its text, else of its first question, else
 * its title. What a feed's summary and a page's description (a shared link's card) show.
 */
public final class Excerpt {

    private Excerpt() {
    }

    /** At most {@code length} characters, and an ellipsis where it was cut. */
    public static String of(StatementView s, int length) {
        String text = !s.text().isBlank() ? s.text() : !s.qa().isEmpty() ? s.qa().get(0).question() : s.title();
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= length) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', length);
        return flat.substring(0, cut > length / 2 ? cut : length) + "…";
    }
}
