package dev.verbatim.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.domain.Busy;
import dev.verbatim.statement.ListRequest;
import dev.verbatim.statement.QaPairView;
import dev.verbatim.statement.StatementService;
import dev.verbatim.statement.StatementView;
import dev.verbatim.statement.TranslationRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes every statement a request matches, slice by slice: each slice is read in a transaction
 * of its own and written out before the next is read, so memory stays flat whatever the size of
 * the export, and no transaction stays open while a slow client downloads.
 *
 * <p>An export of a search reads each slice's ids from the index in a search turn of its own. The
 * first slice waits for its turn as any search does, and is refused the same way (503, nothing
 * sent yet); a later one waits as long as it takes: its client holds part of the body already, and
 * a stream cut short would cost it everything it has read.
 */
@ApplicationScoped
class Export {

    /** Statements read at a time. */
    static final int SLICE = 200;

    static final String[] CSV_HEADER = { "id", "slug", "title", "language", "category", "issuer.id", "issuer.name",
            "speaker.name", "speaker.role", "publishedAt", "publishedDate", "timeZone", "text", "qa.n", "qa.question",
            "qa.answer", "qa.askedBy", "qa.answeredBy", "source.url", "source.retrievedAt", "translations", "version",
            "createdAt", "updatedAt" };

    private final StatementService statements;
    private final ObjectMapper json;

    Export(StatementService statements, ObjectMapper json) {
        this.statements = statements;
        this.json = json;
    }

    void write(ListRequest request, ExportFormat format, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = format == ExportFormat.CSV ? CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get().print(text) : null;
        boolean first = true;
        for (ListRequest slice = request; slice != null; first = false) {
            StatementService.Slice read = first ? statements.wholes(slice) : begun(slice);
            for (StatementView statement : read.items()) {
                if (csv != null) {
                    rows(csv, statement);
                } else {
                    text.write(json.writeValueAsString(statement));
                    text.write('\n');
                }
            }
            text.flush();
            slice = read.next();
        }
    }

    /** A slice after the first, read once a search turn is free however long that takes (but not past shutdown). */
    private StatementService.Slice begun(ListRequest slice) {
        while (true) {
            try {
                return statements.wholes(slice);
            } catch (Busy busy) {
                if (Thread.currentThread().isInterrupted()) {
                    throw busy;
                }
            }
        }
    }

    /** One row per Q&A pair, the statement's columns repeated; one row with empty pair columns when it has none. */
    private static void rows(CSVPrinter csv, StatementView s) throws IOException {
        if (s.qa().isEmpty()) {
            csv.printRecord(columns(s, null));
        }
        for (QaPairView pair : s.qa()) {
            csv.printRecord(columns(s, pair));
        }
    }

    private static Object[] columns(StatementView s, QaPairView pair) {
        String translations = s.translations().stream().map(TranslationRef::id).collect(Collectors.joining(" "));
        return new Object[] { s.id(), s.slug(), s.title(), s.language(), s.category(), s.issuer().id(), s.issuer().name(),
                s.speaker() == null ? null : s.speaker().name(), s.speaker() == null ? null : s.speaker().role(),
                s.publishedAt(), s.publishedDate(), s.timeZone(), s.text(),
                pair == null ? null : pair.n(), pair == null ? null : pair.question(), pair == null ? null : pair.answer(),
                pair == null ? null : pair.askedBy(), pair == null ? null : pair.answeredBy(),
                s.source() == null ? null : s.source().url(), s.source() == null ? null : s.source().retrievedAt(),
                translations, s.version(), s.createdAt(), s.updatedAt() };
    }
}
