package dev.verbatim.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a statement page as a browser shows its text: a head (breadcrumb, title, date line), then
 * paragraphs, some of them questions and answers. Page furniture is dropped; every other
 * character is kept as it was. What it found, and where, goes into the page's diagnostics.
 */
final class PageParser {

    static final int MAX_TITLE = PageHeader.MAX_TITLE;
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]");

    private PageParser() {
    }

    static ParsedPage parse(String text) {
        return parse(PageSource.of(text));
    }

    static ParsedPage parse(PageSource source) {
        List<String> lines = PageText.lines(source.text());
        PageHeader.Header header = PageHeader.read(lines);
        List<PairSplitter.Line> body = new ArrayList<>();
        int furniture = header.furniture();
        for (int i = header.bodyStart(); i < lines.size(); i++) {
            String line = lines.get(i);
            if (Boilerplate.isBoilerplate(line)) {
                furniture++;
            } else if (!line.isEmpty() && !WORDS.matcher(line).find()) {
                // A separator such as "*******": it holds no word, and ends the exchange before it.
                body.add(new PairSplitter.Line(i + 1, ""));
            } else if (!line.isEmpty()) {
                body.add(new PairSplitter.Line(i + 1, line));
            }
        }
        List<ImportDiagnostics.Warning> warnings = new ArrayList<>();
        Dating dating = date(header, body, source, warnings);
        ParsedPage.Speaker speaker = TitleSpeaker.of(header.title());
        Set<String> speakers = new HashSet<>();
        if (speaker != null && speaker.name() != null) {
            speakers.add(speaker.name());
        }
        PairSplitter.Result split = PairSplitter.split(body, speakers);
        warnings.addAll(split.warnings());
        LanguageDetector.Detection language = LanguageDetector.explain(String.join("\n", body.stream().map(PairSplitter.Line::text)
                .toList()) + "\n" + (header.title() == null ? "" : header.title()));
        ImportDiagnostics.Finding title = header.title() == null ? ImportDiagnostics.Finding.missing("no line looks like a title")
                : new ImportDiagnostics.Finding(header.title(), header.titleIndex() + 1, source.element(header.titleIndex(), null),
                        "first line of the head that is more than page furniture");
        ImportDiagnostics diagnostics = new ImportDiagnostics(title, dating.finding, null,
                new ImportDiagnostics.Finding(language.language(), null, null, language.rule()), split.markers(), furniture, warnings);
        return new ParsedPage(header.category(), header.title(), dating.date, language.language(), speaker, split.outside(), split.pairs(),
                diagnostics, source.links().isListing() ? source.links().count() : 0);
    }

    private record Dating(FoundDate date, ImportDiagnostics.Finding finding) {
    }

    /**
     * The date line of the head, else the title's date, else a date line closing the page, else a
     * day and month in the title with the year of the dates nearest to it on the page.
     */
    private static Dating date(PageHeader.Header header, List<PairSplitter.Line> body, PageSource source,
            List<ImportDiagnostics.Warning> warnings) {
        Optional<FoundDate> inTitle = header.title() == null ? Optional.empty() : DateFinder.find(header.title());
        if (header.date() != null) {
            FoundDate found = header.date();
            inTitle.filter(titled -> !titled.date().equals(found.date())).ifPresent(titled -> warnings.add(new ImportDiagnostics.Warning(
                    "dates-disagree", "the date line says " + found.date() + ", the title " + titled.date() + "; the date line is kept",
                    header.dateIndex() + 1)));
            return new Dating(found, new ImportDiagnostics.Finding(written(found), header.dateIndex() + 1,
                    source.element(header.dateIndex(), header.dateText()), header.dateRule()));
        }
        if (inTitle.isPresent()) {
            return new Dating(inTitle.get(), new ImportDiagnostics.Finding(written(inTitle.get()), header.titleIndex() + 1,
                    source.element(header.titleIndex(), null), "date in the title"));
        }
        for (int i = body.size() - 1; i >= Math.max(0, body.size() - 2); i--) {
            PairSplitter.Line line = body.get(i);
            Optional<FoundDate> found = line.text().length() <= 80 ? DateFinder.find(line.text()) : Optional.empty();
            if (found.isPresent()) {
                body.remove(i);
                return new Dating(found.get(), new ImportDiagnostics.Finding(written(found.get()), line.number(), null,
                        "date line closing the page"));
            }
        }
        return yearFromPage(header, source, warnings);
    }

    private static Dating yearFromPage(PageHeader.Header header, PageSource source, List<ImportDiagnostics.Warning> warnings) {
        Optional<MonthDay> day = header.title() == null ? Optional.empty() : DateFinder.findDayAndMonth(header.title());
        if (day.isEmpty() || source.pageDates().isEmpty()) {
            return new Dating(null, ImportDiagnostics.Finding.missing("no date line, and no date in the title"));
        }
        LocalDate best = null;
        for (LocalDate other : source.pageDates()) {
            for (int year = other.getYear() - 1; year <= other.getYear() + 1; year++) {
                if (day.get().isValidYear(year)) {
                    LocalDate candidate = day.get().atYear(year);
                    if (best == null || nearest(candidate, source) < nearest(best, source)) {
                        best = candidate;
                    }
                }
            }
        }
        if (best == null) {
            return new Dating(null, ImportDiagnostics.Finding.missing("no date line, and no date in the title"));
        }
        warnings.add(new ImportDiagnostics.Warning("year-inferred", "the title gives no year; " + best.getYear()
                + " puts its day nearest to the other dates on the page", header.titleIndex() + 1));
        FoundDate found = new FoundDate(best, null, null, 0, 0);
        return new Dating(found, new ImportDiagnostics.Finding(best.toString(), header.titleIndex() + 1,
                source.element(header.titleIndex(), null), "day and month in the title, year from the other dates on the page"));
    }

    private static long nearest(LocalDate date, PageSource source) {
        return source.pageDates().stream().mapToLong(other -> Math.abs(other.toEpochDay() - date.toEpochDay())).min().orElse(Long.MAX_VALUE);
    }

    private static String written(FoundDate found) {
        return found.date() + (found.hasTime() ? " " + found.time() : "") + (found.offset() == null ? "" : found.offset().toString());
    }
}
