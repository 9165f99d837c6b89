package dev.verbatim.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The head of a page, up to the first line of its body: a breadcrumb, the title, the date line,
 * and whatever furniture surrounds them (language switches, share widgets, toolbars, source and
 * author lines), which never takes the place of the title or hides the date.
 */
final class PageHeader {

    static final int MAX_TITLE = 300;
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile(QaMarkers.SP + "[>›»]" + QaMarkers.SP);
    /** Labels of a date line, in each language read. */
    static final Pattern DATE_LABEL = Pattern.compile("(?iu)^(?:来源|來源|发布时间|發布時間|发布日期|發布日期|發佈日期|时间|時間|日期"
            + "|source|date|published( on)?|updated|posted( on)?|publié le|mis à jour le|le|fecha|publicado( el)?|actualizado"
            + "|дата|опубликовано|обновлено|datum|veröffentlicht( am)?|aktualisiert( am)?|stand|日付|公開日|掲載日|更新日|発表日"
            + "|تاريخ|التاريخ|نشر في)" + QaMarkers.SP + "[:：]?");
    /** Lines that say where a page comes from or who wrote it: "来源：中国网", "Source: Xinhua", "作者：". */
    private static final Pattern SOURCE_LINE = Pattern.compile("(?iu)^(?:来源|來源|作者|责任编辑|責任編輯|编辑|編輯|source|author|editor"
            + "|fuente|autor|источник|автор|quelle|出典|المصدر)" + QaMarkers.SP + "[:：]");
    /** Items of a menu or language switch are separated so: "English | Français", "中文 / EN". */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*[|｜·•/]\\s*|\\s{2,}");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    private static final Pattern LETTER = Pattern.compile("[\\p{L}\\p{N}]");

    private PageHeader() {
    }

    /** What the head of a page gives, with the index of each line it was read from (-1 when absent). */
    record Header(String category, String title, int titleIndex, FoundDate date, int dateIndex, String dateRule, int bodyStart,
            int furniture, String dateText) {
    }

    static Header read(List<String> lines) {
        Reader reader = new Reader(lines);
        reader.run();
        String category = reader.category;
        String title = reader.titleIndex < 0 ? null : lines.get(reader.titleIndex);
        if (category != null && title != null && PageText.plainSpaces(title).startsWith(category)) {
            category = null;
        }
        String dateText = reader.date == null ? null
                : PageText.plainSpaces(lines.get(reader.dateIndex)).substring(reader.date.start(), reader.date.end());
        return new Header(category, title, reader.titleIndex, reader.date, reader.dateIndex, reader.dateRule, reader.bodyStart,
                reader.furniture, dateText);
    }

    private static final class Reader {
        final List<String> lines;
        String category;
        int titleIndex = -1;
        FoundDate date;
        int dateIndex = -1;
        String dateRule;
        int bodyStart;
        int furniture;

        Reader(List<String> lines) {
            this.lines = lines;
        }

        void run() {
            int seen = 0;
            int i = 0;
            for (; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isEmpty()) {
                    continue;
                }
                if (Boilerplate.isBoilerplate(line)) {
                    furniture++;
                    continue;
                }
                Optional<FoundDate> dateLine = dateLine(line, titleIndex >= 0);
                if (dateLine.isPresent() && date == null) {
                    date = dateLine.get();
                    dateIndex = i;
                    dateRule = rule(line, dateLine.get());
                    continue;
                }
                if (isNavigation(line) && (titleIndex < 0 || date == null && datedWithin(i, 3))) {
                    furniture++;
                    continue;
                }
                seen++;
                if (category == null && seen <= 4 && isBreadcrumb(line)) {
                    // What came before a breadcrumb is the site's name, not the title.
                    category = lastSegment(line);
                    furniture += titleIndex < 0 ? 0 : 1;
                    titleIndex = -1;
                    continue;
                }
                if (isSourceLine(line) || dateLine.isPresent()) {
                    furniture++;
                    continue;
                }
                if (!isTitle(line)) {
                    break;
                }
                if (titleIndex < 0) {
                    titleIndex = i;
                } else if (date == null && datedWithin(i, 1)) {
                    // "Site name / Title / Date": the line right above the date line is the title.
                    furniture++;
                    titleIndex = i;
                } else {
                    break;
                }
            }
            bodyStart = i;
        }

        /** Whether one of the next few lines that are not furniture dates the page. */
        private boolean datedWithin(int index, int few) {
            int seen = 0;
            for (int j = index + 1; j < lines.size() && seen < few; j++) {
                String line = lines.get(j);
                if (!line.isEmpty() && !Boilerplate.isBoilerplate(line)) {
                    if (dateLine(line, false).isPresent()) {
                        return true;
                    }
                    seen++;
                }
            }
            return false;
        }
    }

    /** A line that says where a page comes from or who wrote it: "来源：中国网", "Source: Xinhua". */
    static boolean isSourceLine(String line) {
        return line.length() <= 80 && SOURCE_LINE.matcher(line).lookingAt();
    }

    /** Whether a line can be a title: not too long, not a question or answer, more than a menu item. */
    static boolean isTitle(String line) {
        if (line.length() > MAX_TITLE || isNavigation(line)) {
            return false;
        }
        QaMarkers.Marker marker = QaMarkers.of(line, QaMarkers.Speakers.of(List.of()));
        return marker == null || marker.kind() == QaMarkers.Kind.LABEL;
    }

    /** A language switch, a menu or a widget's label: short items, each of a word or two ("中文", "English | Français"). */
    static boolean isNavigation(String line) {
        String plain = PageText.plainSpaces(line);
        if (!LETTER.matcher(plain).find()) {
            return true;
        }
        for (String item : ITEM_SEPARATOR.split(PageText.trim(plain))) {
            boolean cjk = CJK.matcher(item).find();
            if (cjk ? item.codePointCount(0, item.length()) > 5 : item.split(" ").length > 2 || item.length() > 20) {
                return false;
            }
        }
        return true;
    }

    static boolean isBreadcrumb(String line) {
        String[] segments = BREADCRUMB_SEPARATOR.split(line);
        if (segments.length < 2 || line.length() > 300) {
            return false;
        }
        for (String segment : segments) {
            if (segment.isBlank() || segment.length() > 80) {
                return false;
            }
        }
        return true;
    }

    private static String lastSegment(String line) {
        String[] segments = BREADCRUMB_SEPARATOR.split(line);
        return PageText.trim(segments[segments.length - 1]);
    }

    /**
     * A line that dates the page: a date alone, or behind a label (来源：, Source: Embassy of X,
     * Publié le). Once the title is known, a short line around a date counts too ("Bruxelles, le
     * 18 juillet 2022"); before it, such a line is more likely the title itself.
     */
    static Optional<FoundDate> dateLine(String line, boolean afterTitle) {
        if (line.length() > 160) {
            return Optional.empty();
        }
        Optional<FoundDate> found = DateFinder.find(line);
        if (found.isEmpty()) {
            return found;
        }
        String plain = PageText.plainSpaces(line);
        String before = PageText.trim(plain.substring(0, found.get().start()));
        String after = PageText.trim(plain.substring(found.get().end()));
        boolean labelled = DATE_LABEL.matcher(before).lookingAt();
        boolean alone = before.replaceAll("[\\p{Punct}\\s（）【】]", "").isEmpty() && width(after) <= 12;
        boolean shortLine = afterTitle && width(before + after) <= 40;
        return labelled || alone || shortLine ? found : Optional.empty();
    }

    private static String rule(String line, FoundDate found) {
        String before = PageText.trim(PageText.plainSpaces(line).substring(0, found.start()));
        return DATE_LABEL.matcher(before).lookingAt() && !before.isEmpty() ? "date line after a label (" + before + ")" : "date line";
    }

    /** How wide a text is as read: a Chinese, Japanese or Korean character counts as two letters. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += CJK.matcher(new String(Character.toChars(c))).matches() ? 2 : 1;
            i += Character.charCount(c);
        }
        return width;
    }
}
