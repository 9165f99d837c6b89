package dev.verbatim.ingest;

import dev.verbatim.api.JsonBodies;
import dev.verbatim.api.Problem;
import dev.verbatim.api.ProblemException;
import dev.verbatim.statement.QaContent;
import dev.verbatim.statement.RawSource;
import dev.verbatim.statement.Statement;
import dev.verbatim.statement.StatementInput;
import dev.verbatim.statement.StatementRepository;
import dev.verbatim.statement.StatementService;
import dev.verbatim.statement.StatementWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports one raw page (text or HTML): parses it, dates it in the right zone, and stores it,
 * once. The same bytes again change nothing; a changed page from the same source address updates
 * the statement it gave before. Nothing is stored when anything is wrong.
 */
@ApplicationScoped
public class StatementImporter {

    private final ImportConfig config;
    private final PageDating dating;
    private final StatementRepository statements;
    private final StatementWriter writer;
    private final StatementService reader;
    private final JsonBodies inputs;
    private final Clock clock = Clock.systemUTC();

    public StatementImporter(ImportConfig config, PageDating dating, StatementRepository statements,
            StatementWriter writer, StatementService reader, JsonBodies inputs) {
        this.config = config;
        this.dating = dating;
        this.statements = statements;
        this.writer = writer;
        this.reader = reader;
        this.inputs = inputs;
    }

    @Transactional
    public ImportOutcome importPage(byte[] body, String mediaType, String charset, ImportOptions options) {
        checkSize(body.length);
        boolean html = mediaType.equalsIgnoreCase("text/html") || mediaType.equalsIgnoreCase("application/xhtml+xml");
        PageSource source = html ? HtmlPage.render(refuseBinary(body)) : PageSource.of(decode(refuseBinary(body), charset));
        ParsedPage page = PageParser.parse(source);
        PageDating.Dated dated = dating.date(page, options);
        StatementInput input = input(page, dated, options);
        String stored = html ? "text/html; charset=" + (charset == null ? "UTF-8" : charset) : "text/plain; charset=" + (charset == null ? "UTF-8" : charset);
        return store(input, new RawSource(stored, body), options.dryRun(), dated.source(), page.diagnostics().withZone(dated.diagnostics()));
    }

    /** Stores a statement given whole (a line of an NDJSON batch), with the bytes it came as. */
    @Transactional
    public ImportOutcome importStatement(StatementInput input, byte[] raw, boolean dryRun) {
        inputs.validate(input, "statement");
        return store(input, new RawSource("application/json", raw), dryRun,
                input.timeZone() != null ? ImportOutcome.ZoneSource.PARAMETER : ImportOutcome.ZoneSource.PAGE, null);
    }

    void checkSize(long bytes) {
        if (bytes > config.maxBodySize().asLongValue()) {
            throw new ProblemException.TooLarge("The body has " + bytes + " bytes; imports take " + config.maxBodySize().asLongValue()
                    + " at most.");
        }
    }

    private ImportOutcome store(StatementInput input, RawSource raw, boolean dryRun, ImportOutcome.ZoneSource zoneSource,
            ImportDiagnostics diagnostics) {
        if (dryRun) {
            return new ImportOutcome(ImportOutcome.Result.PARSED, writer.preview(input), zoneSource, diagnostics);
        }
        // One writer at a time: two imports of the same page cannot both find it new.
        statements.takeWritersTurn();
        Optional<Statement> same = statements.findBySourceHash(StatementWriter.contentHash(raw.content()));
        if (same.isPresent()) {
            return new ImportOutcome(ImportOutcome.Result.UNCHANGED, reader.get(same.get().id), zoneSource, diagnostics);
        }
        String url = input.source() == null ? null : input.source().url();
        Optional<Statement> previous = url == null ? Optional.empty() : statements.findBySourceUrl(url);
        if (previous.isPresent()) {
            writer.update(previous.get().id, input, raw);
            return new ImportOutcome(ImportOutcome.Result.UPDATED, reader.get(previous.get().id), zoneSource, diagnostics);
        }
        Statement created = writer.create(input, raw);
        return new ImportOutcome(ImportOutcome.Result.CREATED, reader.get(created.id), zoneSource, diagnostics);
    }

    private static byte[] refuseBinary(byte[] body) {
        int controls = 0;
        for (int i = 0; i < Math.min(body.length, 65536); i++) {
            byte b = body[i];
            if (b == 0) {
                throw new ProblemException.UnsupportedContent("The body holds binary data (a NUL byte); imports take page text or HTML.");
            }
            if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > 16) {
            throw new ProblemException.UnsupportedContent("The body holds binary data (control bytes); imports take page text or HTML.");
        }
        return body;
    }

    private static String decode(byte[] body, String charsetName) {
        Charset charset;
        try {
            charset = charsetName == null ? StandardCharsets.UTF_8 : Charset.forName(charsetName);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException.UnsupportedContent("The charset '" + charsetName + "' is not supported; send UTF-8.");
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException.InvalidBody("The body is not valid " + charset.name() + " text.");
        }
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

    /** A line of a batch, valid, with the bytes it came as. */
    record Pending(long line, StatementInput input, byte[] raw) {
    }

    /** What storing a line of a batch did. */
    record Stored(long line, ImportOutcome.Result result, String id) {
    }

    /**
     * Stores valid lines in one transaction: known content is found with one query for the whole
     * batch, and so is content from known source addresses. Throws if any line cannot be stored,
     * and then nothing of the batch is.
     */
    @Transactional
    List<Stored> storeBatch(List<Pending> batch) {
        statements.takeWritersTurn();
        List<String> hashes = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (Pending pending : batch) {
            hashes.add(StatementWriter.contentHash(pending.raw()));
            if (pending.input().source() != null && pending.input().source().url() != null) {
                urls.add(pending.input().source().url());
            }
        }
        var idsByHash = statements.idsBySourceHash(hashes);
        var idsByUrl = statements.idsBySourceUrl(urls);
        Set<String> slugs = new HashSet<>();
        Stored[] stored = new Stored[batch.size()];
        List<Integer> creations = new ArrayList<>();
        Map<String, Integer> createdHashes = new HashMap<>();
        Map<String, Integer> createdUrls = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Pending pending = batch.get(i);
            String hash = hashes.get(i);
            String url = pending.input().source() == null ? null : pending.input().source().url();
            if (idsByHash.containsKey(hash)) {
                stored[i] = new Stored(pending.line(), ImportOutcome.Result.UNCHANGED, idsByHash.get(hash));
            } else if (url != null && idsByUrl.containsKey(url)) {
                String id = idsByUrl.get(url);
                writer.update(id, pending.input(), new RawSource("application/json", pending.raw()));
                idsByHash.put(hash, id);
                stored[i] = new Stored(pending.line(), ImportOutcome.Result.UPDATED, id);
            } else if (createdHashes.containsKey(hash) || (url != null && createdUrls.containsKey(url))) {
                // The same content, or the same source, twice in one batch: store this line on its own.
                throw new IllegalStateException("line " + pending.line() + " repeats an earlier line of its batch");
            } else {
                createdHashes.put(hash, i);
                if (url != null) {
                    createdUrls.put(url, i);
                }
                creations.add(i);
            }
        }
        List<StatementInput> inputs = new ArrayList<>();
        List<RawSource> raws = new ArrayList<>();
        for (int i : creations) {
            inputs.add(batch.get(i).input());
            raws.add(new RawSource("application/json", batch.get(i).raw()));
        }
        List<String> ids = writer.createAll(inputs, raws, slugs);
        for (int k = 0; k < creations.size(); k++) {
            int i = creations.get(k);
            stored[i] = new Stored(batch.get(i).line(), ImportOutcome.Result.CREATED, ids.get(k));
        }
        return List.of(stored);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
