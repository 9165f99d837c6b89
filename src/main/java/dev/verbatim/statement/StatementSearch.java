package dev.verbatim.statement;

import dev.verbatim.api.Facets;
import dev.verbatim.api.Page;
import dev.verbatim.domain.InvalidArguments;
import dev.verbatim.domain.Violation;
import dev.verbatim.search.DayCount;
import dev.verbatim.search.Hit;
import dev.verbatim.search.LuceneSearch;
import dev.verbatim.search.MatchCounts;
import dev.verbatim.search.PairText;
import dev.verbatim.search.Position;
import dev.verbatim.search.SearchPage;
import dev.verbatim.search.SearchRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reads the search index answers: pages of statements and of single Q&amp;A pairs, and counts by
 * date. The index names what it found; the statements, pairs and issuers are read here.
 */
@ApplicationScoped
public class StatementSearch {

    private final LuceneSearch index;
    private final StatementRepository statements;
    private final IssuerRepository issuers;

    StatementSearch(LuceneSearch index, StatementRepository statements, IssuerRepository issuers) {
        this.index = index;
        this.statements = statements;
        this.issuers = issuers;
    }

    /** A page of statements the index found, in its order, each with its highlights. */
    Page<StatementSummary> statements(ListRequest request) {
        return index.inTurn(() -> found(request, index.statements(asked(request))));
    }

    /**
     * The ids of a page of statements the index found, in its order, and where the next page starts
     * (null after the last). In turn, like every search; an export takes a turn for each page of ids
     * and holds none while it streams.
     */
    Ids ids(ListRequest request) {
        return index.inTurn(() -> {
            SearchPage page = index.statements(asked(request));
            return new Ids(page.hits().stream().map(Hit::id).toList(), cursor(request, page.next()));
        });
    }

    record Ids(List<String> ids, Cursor next) {
    }

    /** How many statements match on each local publication date, newest first. */
    List<StatementRepository.DateCount> countByDate(ListRequest request) {
        return index.inTurn(() -> index.countByDay(asked(request)).stream().map(StatementSearch::dateCount).toList());
    }

    /** A page of Q&amp;A pairs matching the parameters, searched in {@code in}: question, answer, or both when null. */
    public Page<QaCitation> pairs(ListParams params, String in) {
        List<Violation> errors = new ArrayList<>();
        ListRequest request = null;
        try {
            request = params.parse();
        } catch (InvalidArguments e) {
            errors.addAll(e.violations());
        }
        Set<PairText> texts = texts(in, errors);
        if (!errors.isEmpty()) {
            throw new InvalidArguments(errors);
        }
        ListRequest parsed = request;
        return index.inTurn(() -> citations(parsed, index.pairs(asked(parsed), texts)));
    }

    private static Set<PairText> texts(String in, List<Violation> errors) {
        if (in == null) {
            return EnumSet.allOf(PairText.class);
        }
        return switch (in) {
            case "question" -> EnumSet.of(PairText.QUESTION);
            case "answer" -> EnumSet.of(PairText.ANSWER);
            default -> {
                errors.add(new Violation("in", "must be question or answer; leave it out to search both"));
                yield EnumSet.noneOf(PairText.class);
            }
        };
    }

    private Page<StatementSummary> found(ListRequest request, SearchPage page) {
        Map<String, SummaryRow> byId = statements.summaries(page.hits().stream().map(Hit::id).toList());
        Map<String, IssuerRef> named = issuersOf(byId.values());
        // The index follows the database a moment after each commit: a hit withdrawn meanwhile is left out.
        List<StatementSummary> items = page.hits().stream()
                .filter(hit -> byId.containsKey(hit.id()))
                .map(hit -> {
                    SummaryRow row = byId.get(hit.id());
                    return StatementMapper.summary(row, named.get(row.issuerId()), hit.highlights());
                })
                .toList();
        return new Page<>(items, encoded(request, page.next()), page.total(), facets(page.facets()));
    }

    private Page<QaCitation> citations(ListRequest request, SearchPage page) {
        Map<String, PairRow> pairs = statements.pairs(page.hits().stream().map(hit -> new PairRow.Key(hit.id(), hit.n())).toList());
        // Withdrawn statements are left out here, as in found(): the index follows a moment after.
        Map<String, SummaryRow> byId = statements.summaries(page.hits().stream().map(Hit::id).distinct().toList());
        Map<String, IssuerRef> named = issuersOf(byId.values());
        List<QaCitation> items = new ArrayList<>();
        for (Hit hit : page.hits()) {
            PairRow pair = pairs.get(hit.id() + "/" + hit.n());
            SummaryRow statement = byId.get(hit.id());
            if (pair != null && statement != null) {
                items.add(StatementMapper.citation(statement, named.get(statement.issuerId()), pair, hit.highlights()));
            }
        }
        return new Page<>(items, encoded(request, page.next()), page.total(), facets(page.facets()));
    }

    private Map<String, IssuerRef> issuersOf(Collection<SummaryRow> rows) {
        return issuers.refs(rows.stream().map(SummaryRow::issuerId).collect(Collectors.toSet()));
    }

    /** The request in the index's terms. */
    private static SearchRequest asked(ListRequest request) {
        Cursor cursor = request.cursor();
        Position after = cursor == null ? null : new Position(cursor.at(), cursor.score(), cursor.id());
        SearchRequest.Order order = switch (request.sort()) {
            case NEWEST -> SearchRequest.Order.NEWEST;
            case OLDEST -> SearchRequest.Order.OLDEST;
            case RELEVANCE -> SearchRequest.Order.RELEVANCE;
        };
        return new SearchRequest(request.from(), request.to(), request.language(), request.issuer(), request.q(), order,
                request.limit(), after, request.facets());
    }

    private static Cursor cursor(ListRequest request, Position next) {
        if (next == null) {
            return null;
        }
        return request.sort() == SortOrder.RELEVANCE ? Cursor.afterScore(next.score(), next.key())
                : Cursor.after(request.sort(), next.at(), next.key());
    }

    private static String encoded(ListRequest request, Position next) {
        Cursor cursor = cursor(request, next);
        return cursor == null ? null : cursor.encode();
    }

    private static Facets facets(MatchCounts counts) {
        return counts == null ? null : new Facets(facet(counts.year()), facet(counts.language()), facet(counts.issuer()));
    }

    private static List<Facets.Count> facet(List<MatchCounts.Count> counts) {
        return counts.stream().map(count -> new Facets.Count(count.value(), count.count())).toList();
    }

    private static StatementRepository.DateCount dateCount(DayCount day) {
        return new StatementRepository.DateCount(day.day(), day.count());
    }
}
