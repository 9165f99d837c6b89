package dev.verbatim.ingest;

import dev.verbatim.api.JsonBodies;
import dev.verbatim.statement.QaContent;
import dev.verbatim.statement.RawSource;
import dev.verbatim.statement.StatementInput;
import dev.verbatim.statement.StatementService;
import dev.verbatim.statement.StatementStore;
import dev.verbatim.statement.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports one page (text or HTML): parses it, dates it in the right zone, and stores it once
 * through the {@link StatementStore}: the same bytes again change nothing; a changed page from the
 * same source address updates the statement it gave before. Nothing is stored when anything is wrong.
 */
@ApplicationScoped
public class StatementImporter {

    private final PageDating dating;
    private final StatementStore store;
    private final StatementService reader;
    private final JsonBodies inputs;
    private final Clock clock = Clock.systemUTC();

    public StatementImporter(PageDating dating, StatementStore store, StatementService reader, JsonBodies inputs) {
        this.dating = dating;
        this.store = store;
        this.reader = reader;
        this.inputs = inputs;
    }

    @Transactional
    ImportOutcome importPage(ImportBodies.Page body, ImportOptions options) {
        ParsedPage page = PageParser.parse(body.source());
        PageDating.Dated dated = dating.date(page, options);
        StatementInput input = input(page, dated, options);
        return store(input, body.raw(), options.dryRun(), dated.source(), page.diagnostics().withZone(dated.diagnostics()));
    }

    /** Stores a statement given whole and checked (a line of an NDJSON batch), with the bytes it came as. */
    @Transactional
    ImportOutcome importStatement(StatementInput input, byte[] raw, boolean dryRun) {
        return store(input, new RawSource("application/json", raw), dryRun,
                input.timeZone() != null ? ImportOutcome.ZoneSource.PARAMETER : ImportOutcome.ZoneSource.PAGE, null);
    }

    private ImportOutcome store(StatementInput input, RawSource raw, boolean dryRun, ImportOutcome.ZoneSource zoneSource,
            ImportDiagnostics diagnostics) {
        if (dryRun) {
            return new ImportOutcome(ImportOutcome.Result.PARSED, store.preview(input), zoneSource, diagnostics);
        }
        StatementStore.Stored stored = store.store(new Submission.Imported(input, raw));
        return new ImportOutcome(ImportOutcome.Result.of(stored.result()), reader.get(stored.id()), zoneSource, diagnostics);
    }

    private StatementInput input(ParsedPage page, PageDating.Dated dated, ImportOptions options) {
        String title = page.title() != null ? page.title() : options.title().strip();
        String language = options.language() != null ? options.language() : page.language();
        String issuer = dating.issuerName(page, options);
        List<StatementInput.QaInput> pairs = new ArrayList<>();
        for (int i = 0; i < page.qa().size(); i++) {
            QaContent pair = page.qa().get(i);
            pairs.add(new StatementInput.QaInput(i + 1, pair.question(), pair.answer(), pair.askedBy(), pair.answeredBy()));
        }
        ParsedPage.Speaker speaker = page.speaker();
        StatementInput input = new StatementInput(title, language, page.category(), new StatementInput.IssuerInput(null, issuer),
                speaker == null ? null : new StatementInput.SpeakerInput(speaker.name(), speaker.role()),
                dated.at(), dated.zone().getId(), page.text(), pairs,
                new StatementInput.SourceInput(blank(options.sourceUrl()) ? null : options.sourceUrl(), clock.instant()),
                options.translationOf());
        inputs.validate(input, "statement");
        return input;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
