package dev.verbatim.aggregator;

import static dev.verbatim.aggregator.Checks.expect;
import static dev.verbatim.aggregator.Checks.needs;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.client.ApiClient;
import dev.verbatim.client.ApiResponse;
import dev.verbatim.client.api.SearchApi;
import dev.verbatim.client.api.SearchApi.APISearchQaRequest;
import dev.verbatim.client.api.StatementsApi;
import dev.verbatim.client.api.StatementsApi.APIGetQaPairRequest;
import dev.verbatim.client.api.StatementsApi.APIGetStatementRequest;
import dev.verbatim.client.api.StatementsApi.APIListStatementsRequest;
import dev.verbatim.client.api.SyncApi;
import dev.verbatim.client.api.SyncApi.APIExportStatementsRequest;
import dev.verbatim.client.api.SyncApi.APIListChangesRequest;
import dev.verbatim.client.model.ChangePage;
import dev.verbatim.client.model.FacetCount;
import dev.verbatim.client.model.QaCitation;
import dev.verbatim.client.model.QaPage;
import dev.verbatim.client.model.Statement;
import dev.verbatim.client.model.StatementPage;
import dev.verbatim.client.model.StatementSummary;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What an aggregator reads: a day, whole statements and pairs, every page, searches, the feed, the export. */
final class Harvest {

    static final LocalDate SEED_DATE = LocalDate.of(2022, 7, 18);
    private static final String SEED_ISSUER = "ambassade-de-chine-en-belgique";

    private final StatementsApi statements;
    private final SearchApi search;
    private final SyncApi sync;
    private final ObjectMapper mapper;

    private String seedId;
    private Long total;
    private String feedPosition;

    Harvest(ApiClient client) {
        this.statements = new StatementsApi(client);
        this.search = new SearchApi(client);
        this.sync = new SyncApi(client);
        this.mapper = client.getObjectMapper();
    }

    /** Where the change feed stood after reading it to its end. */
    String feedPosition() {
        return feedPosition;
    }

    String listADay() throws Exception {
        StatementPage page = statements.listStatements(APIListStatementsRequest.newBuilder().date(SEED_DATE).build());
        expect(!page.getItems().isEmpty() && page.getItems().size() == page.getTotal(),
                page.getItems().size() + " items of " + page.getTotal());
        for (StatementSummary item : page.getItems()) {
            expect(SEED_DATE.equals(item.getPublishedDate()), item.getId() + " is dated " + item.getPublishedDate());
        }
        StatementSummary seed = page.getItems().stream()
                .filter(item -> SEED_ISSUER.equals(item.getIssuer().getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no statement of " + SEED_ISSUER + " on " + SEED_DATE));
        seedId = seed.getId();
        return page.getTotal() + " statements on " + SEED_DATE + ", the seed is " + seedId;
    }

    String fetchStatements() throws Exception {
        StatementPage page = statements.listStatements(APIListStatementsRequest.newBuilder().date(SEED_DATE).build());
        List<String> speakers = new ArrayList<>();
        for (StatementSummary item : page.getItems()) {
            ApiResponse<Statement> answer =
                    statements.getStatementWithHttpInfo(APIGetStatementRequest.newBuilder().id(item.getId()).build());
            Statement statement = answer.getData();
            expect(item.getId().equals(statement.getId()) && item.getTitle().equals(statement.getTitle()),
                    item.getId() + " read back as " + statement.getId());
            expect(statement.getQa().size() == item.getQaCount(),
                    item.getId() + ": " + statement.getQa().size() + " pairs, the list said " + item.getQaCount());
            expect(Scenario.header(answer, "ETag") != null, item.getId() + " came without an ETag");
            speakers.add(statement.getSpeaker() == null ? "no speaker" : "speaker role " + statement.getSpeaker().getRole());
        }
        return page.getItems().size() + " statements read whole (" + String.join(", ", speakers) + ")";
    }

    String fetchAPair() throws Exception {
        String id = needs(seedId, "the seed's id");
        QaCitation pair = statements.getQaPair(APIGetQaPairRequest.newBuilder().id(id).n(1).build());
        expect(pair.getN() == 1 && id.equals(pair.getStatement().getId()),
                "asked pair 1 of " + id + ", got " + pair.getN() + " of " + pair.getStatement().getId());
        expect(("/api/v1/statements/" + id + "/qa/1").equals(pair.getLink()), "link " + pair.getLink());
        return "pair " + pair.getN() + " of \"" + pair.getStatement().getTitle().substring(0, 40) + "…\", "
                + pair.getAnswer().length() + " characters of answer";
    }

    String pageToTheEnd() throws Exception {
        Set<String> ids = new HashSet<>();
        int pages = 0;
        String cursor = null;
        StatementPage page;
        do {
            page = statements.listStatements(APIListStatementsRequest.newBuilder().limit(4).cursor(cursor).build());
            page.getItems().forEach(item -> ids.add(item.getId()));
            cursor = page.getNext();
            expect(++pages <= 100, "more than 100 pages: the cursor does not move on");
        } while (cursor != null);
        expect(ids.size() == page.getTotal(), ids.size() + " distinct statements over " + pages + " pages, total says " + page.getTotal());
        total = page.getTotal();
        return total + " statements over " + pages + " pages of 4, none twice";
    }

    String searchStatements() throws Exception {
        StatementPage page = statements.listStatements(
                APIListStatementsRequest.newBuilder().q("cyberattaque").facets(true).build());
        expect(!page.getItems().isEmpty(), "no statement found");
        List<String> highlights = page.getItems().get(0).getHighlights();
        expect(highlights != null && highlights.stream().anyMatch(h -> h.contains("<mark>")), "no <mark> in " + highlights);
        expect(page.getFacets() != null, "facets=true gave no facets");
        List<FacetCount> languages = page.getFacets().getLanguage();
        expect(languages.stream().anyMatch(f -> "fr".equals(f.getValue()) && f.getCount() > 0), "language facets " + languages);
        expect(page.getFacets().getYear().stream().anyMatch(f -> "2022".equals(f.getValue())), "year facets " + page.getFacets().getYear());
        return page.getTotal() + " found, first highlight \"" + highlights.get(0) + "\", languages "
                + languages.stream().map(f -> f.getValue() + "=" + f.getCount()).collect(Collectors.joining(" "));
    }

    String searchPairs() throws Exception {
        QaPage page = search.searchQa(APISearchQaRequest.newBuilder().q("cyberattaques").lang("fr").facets(true).build());
        expect(!page.getItems().isEmpty(), "no pair found");
        QaCitation first = page.getItems().get(0);
        expect(first.getHighlights() != null && first.getHighlights().stream().anyMatch(h -> h.contains("<mark>")),
                "no <mark> in the pair's highlights");
        expect(page.getFacets() != null && !page.getFacets().getIssuer().isEmpty(), "facets=true gave no issuer facets");
        return page.getTotal() + " pairs found, first " + first.getLink();
    }

    String readTheChangeFeed() throws Exception {
        String since = null;
        int changes = 0;
        ChangePage page;
        do {
            page = sync.listChanges(APIListChangesRequest.newBuilder().limit(5).since(since).build());
            changes += page.getItems().size();
            expect(page.getItems().stream().allMatch(change -> change.getId() != null), "a change without a statement id");
            since = page.getNext();
        } while (!page.getItems().isEmpty());
        feedPosition = since;
        long statementCount = needs(total, "the number of statements");
        expect(changes >= statementCount, changes + " changes for " + statementCount + " statements");
        return changes + " changes, position " + since + " stored for later";
    }

    String readTheExport() throws Exception {
        ApiResponse<File> answer =
                sync.exportStatementsWithHttpInfo(APIExportStatementsRequest.newBuilder().format("ndjson").build());
        Path export = answer.getData().toPath();
        long lines;
        try (Stream<String> body = Files.lines(export)) {
            lines = body.filter(line -> !line.isEmpty()).map(this::statement).count();
        } finally {
            Files.deleteIfExists(export);
        }
        long statementCount = needs(total, "the number of statements");
        expect(lines == statementCount, lines + " lines, the list counts " + statementCount);
        String cursor = Scenario.header(answer, "Verbatim-Change-Cursor");
        expect(cursor != null, "no Verbatim-Change-Cursor header");
        return lines + " statements in the NDJSON export, change cursor " + cursor;
    }

    private Statement statement(String line) {
        try {
            Statement statement = mapper.readValue(line, Statement.class);
            expect(statement.getId() != null && statement.getQa() != null, "a line is not a statement: " + line);
            return statement;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
