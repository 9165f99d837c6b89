package dev.verbatim.aggregator;

import static dev.verbatim.aggregator.Checks.expect;
import static dev.verbatim.aggregator.Checks.needs;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.client.ApiClient;
import dev.verbatim.client.ApiException;
import dev.verbatim.client.ApiResponse;
import dev.verbatim.client.api.StatementsApi;
import dev.verbatim.client.api.StatementsApi.APIGetStatementRequest;
import dev.verbatim.client.api.StatementsApi.APIListStatementsRequest;
import dev.verbatim.client.api.SyncApi;
import dev.verbatim.client.api.SyncApi.APIListChangesRequest;
import dev.verbatim.client.model.ChangePage;
import dev.verbatim.client.model.IssuerInput;
import dev.verbatim.client.model.QaInput;
import dev.verbatim.client.model.SourceInput;
import dev.verbatim.client.model.SpeakerInput;
import dev.verbatim.client.model.Statement;
import dev.verbatim.client.model.StatementInput;
import dev.verbatim.client.model.StatementSummary;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/** What an editor's tool does with a key: create, correct with the ETag it read, withdraw; and the problems. */
final class Editing {

    private final StatementsApi reader;
    private final StatementsApi writer;
    private final SyncApi sync;
    private final ObjectMapper mapper;
    private final Harvest harvest;

    private String createdId;
    private String etag;

    Editing(ApiClient readerClient, ApiClient writerClient, Harvest harvest) {
        this.reader = new StatementsApi(readerClient);
        this.writer = new StatementsApi(writerClient);
        this.sync = new SyncApi(readerClient);
        this.mapper = readerClient.getObjectMapper();
        this.harvest = harvest;
    }

    private static StatementInput draft(String title) {
        return new StatementInput()
                .title(title)
                .language("en")
                .issuer(new IssuerInput().name("Verbatim Client Check"))
                .speaker(new SpeakerInput().name("A. Spokesperson").role("Spokesperson"))
                .publishedAt(OffsetDateTime.parse("2024-02-29T18:45:00+01:00"))
                .timeZone("Europe/Paris")
                .text("Written by the Java client's scenario.")
                .qa(List.of(new QaInput().question("Does the generated client work?").answer("It does.").askedBy("Wire")))
                .source(new SourceInput().url("https://example.org/java/" + System.currentTimeMillis()));
    }

    String createAStatement() throws Exception {
        ApiResponse<Statement> answer = writer.createStatementWithHttpInfo(draft("Java client check: a statement"));
        Statement created = answer.getData();
        expect(answer.getStatusCode() == 201, "status " + answer.getStatusCode());
        String location = Scenario.header(answer, "Location");
        expect(location != null && location.endsWith("/api/v1/statements/" + created.getId()), "Location " + location);
        expect(created.getVersion() == 0 && LocalDate.of(2024, 2, 29).equals(created.getPublishedDate()),
                "version " + created.getVersion() + ", date " + created.getPublishedDate());
        List<String> listed = reader.listStatements(APIListStatementsRequest.newBuilder().date(created.getPublishedDate()).build())
                .getItems().stream().map(StatementSummary::getId).toList();
        expect(listed.contains(created.getId()), "not listed on its date");
        createdId = created.getId();
        etag = needs(Scenario.header(answer, "ETag"), "an ETag");
        return createdId + " (" + created.getSlug() + "), ETag " + etag;
    }

    String replaceIt() throws Exception {
        String id = needs(createdId, "the created statement");
        ApiResponse<Statement> answer = writer.replaceStatementWithHttpInfo(id, needs(etag, "its ETag"),
                draft("Java client check: a statement, corrected"));
        Statement replaced = answer.getData();
        expect(replaced.getVersion() == 1 && replaced.getTitle().endsWith("corrected"),
                "version " + replaced.getVersion() + ": " + replaced.getTitle());
        String newEtag = Scenario.header(answer, "ETag");
        expect(newEtag != null && !newEtag.equals(etag), "ETag " + newEtag + " after " + etag);
        String stale = etag;
        etag = newEtag;
        return "version " + replaced.getVersion() + ", ETag " + stale + " became " + etag;
    }

    String replaceItStale() throws Exception {
        String id = needs(createdId, "the created statement");
        VerbatimProblem refused = VerbatimProblem.expectFrom(
                () -> writer.replaceStatement(id, "W/\"stale\"", draft("Java client check: a lost update")), mapper);
        expect(refused.status() == 412 && refused.problem().getStatus() == 412, "status " + refused.status());
        return refused.toString();
    }

    String withdrawIt() throws Exception {
        String id = needs(createdId, "the created statement");
        ApiResponse<Void> answer = writer.withdrawStatementWithHttpInfo(id, needs(etag, "its ETag"));
        expect(answer.getStatusCode() == 204, "status " + answer.getStatusCode());
        VerbatimProblem gone = VerbatimProblem.expectFrom(() -> read(id), mapper);
        expect(gone.status() == 410 && "urn:verbatim:problem:gone".equals(gone.problem().getType()), "then " + gone);
        return "204, then " + gone;
    }

    String followTheWrites() throws Exception {
        String id = needs(createdId, "the created statement");
        String since = needs(harvest.feedPosition(), "the change feed's position");
        ChangePage page = sync.listChanges(APIListChangesRequest.newBuilder().since(since).build());
        String mine = page.getItems().stream()
                .filter(change -> id.equals(change.getId()))
                .map(change -> change.getKind().getValue() + " v" + change.getVersion())
                .collect(Collectors.joining(", "));
        expect(mine.equals("created v0, updated v1, deleted v2"), "the feed says " + mine);
        return mine;
    }

    String readAProblem() throws Exception {
        VerbatimProblem invalid = VerbatimProblem.expectFrom(
                () -> reader.listStatements(APIListStatementsRequest.newBuilder().limit(1000).build()), mapper);
        String field = invalid.problem().getErrors().isEmpty() ? null : invalid.problem().getErrors().get(0).getField();
        expect(invalid.status() == 400 && "limit".equals(field), invalid.status() + ", field " + field);
        VerbatimProblem missing = VerbatimProblem.expectFrom(() -> read("no-such-statement"), mapper);
        expect("urn:verbatim:problem:not-found".equals(missing.problem().getType()), missing.toString());
        return "400 naming " + field + " (\"" + invalid.problem().getErrors().get(0).getMessage() + "\"), 404 "
                + missing.problem().getType();
    }

    private Statement read(String id) throws ApiException {
        return reader.getStatement(APIGetStatementRequest.newBuilder().id(id).build());
    }
}
