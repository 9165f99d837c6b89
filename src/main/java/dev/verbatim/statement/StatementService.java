package dev.verbatim.statement;

import dev.verbatim.api.Page;
import dev.verbatim.domain.NotFound;
import dev.verbatim.domain.Withdrawn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reading statements: one, a page of them, one of their pairs, their source, their archive.
 *
 * <p>Reads run without a transaction, each query on its own. Both databases answer at READ
 * COMMITTED, where each query of a transaction sees what was committed when it began anyway, so a
 * transaction would give a read's queries no common view; it would only cost the transaction
 * manager's work and a BEGIN and a COMMIT sent to the database (a date page over 100,000 statements
 * on PostgreSQL: a fifth less of the server's processor time, a quarter more pages a second,
 * without). The export alone reads each slice in a transaction: its statements are whole entities.
 */
@ApplicationScoped
public class StatementService {

    private final StatementRepository statements;
    private final IssuerRepository issuers;
    private final StatementSearch search;

    public StatementService(StatementRepository statements, IssuerRepository issuers, StatementSearch search) {
        this.statements = statements;
        this.issuers = issuers;
        this.search = search;
    }

    public StatementView get(String idOrSlug) {
        StatementRepository.Whole found = statements.findView(idOrSlug).orElseThrow(() -> missing(idOrSlug));
        if (found.withdrawnAt() != null) {
            throw withdrawn(found.view().id(), found.withdrawnAt());
        }
        return found.view();
    }

    public QaCitation pair(String idOrSlug, int n) {
        StatementView statement = get(idOrSlug);
        return statement.qa().stream()
                .filter(pair -> pair.n() == n)
                .findFirst()
                .map(pair -> StatementMapper.citation(statement, pair))
                .orElseThrow(() -> new NotFound(
                        "Statement " + statement.id() + " has " + statement.qa().size() + " Q&A pairs; there is no pair " + n + "."));
    }

    public RawSource source(String idOrSlug) {
        String id = get(idOrSlug).id();
        StatementSource source = StatementSource.findById(id);
        if (source == null) {
            throw new NotFound("Statement " + id + " was entered as JSON; it has no imported source.");
        }
        return new RawSource(source.contentType, source.content);
    }

    /** Whether the raw bytes a statement was imported from are kept, asked without reading them. */
    public boolean hasSource(String id) {
        return StatementSource.count("statementId", id) > 0;
    }

    public Page<StatementSummary> list(ListRequest request) {
        if (request.needsIndex()) {
            return search.statements(request);
        }
        Keyset page = keyset(request);
        Map<String, IssuerRef> named = issuersOf(page.rows());
        // A first page that is also the last holds every match: counting them again would read each row twice.
        long total = page.next() == null && request.cursor() == null ? page.rows().size() : statements.count(request);
        return new Page<>(page.rows().stream().map(row -> StatementMapper.summary(row, named.get(row.issuerId()), null)).toList(),
                page.next() == null ? null : page.next().encode(), total);
    }

    /**
     * The nearest day before this one (or after it) with a statement, read from the index of
     * dates: a page of statements in an open range ("before this day") would count every row in
     * it, and ordered by time it would scan from the first (1 to 3 s each at a million).
     */
    public Optional<LocalDate> nearestDay(LocalDate day, boolean after) {
        return statements.nearestDay(day, after);
    }

    private Map<String, IssuerRef> issuersOf(Collection<SummaryRow> rows) {
        return issuers.refs(rows.stream().map(SummaryRow::issuerId).collect(Collectors.toSet()));
    }

    /** A page read from the database in the request's order, and the cursor after it (null on the last page). */
    private record Keyset(List<SummaryRow> rows, Cursor next) {
    }

    private Keyset keyset(ListRequest request) {
        List<SummaryRow> rows = statements.page(request);
        if (rows.size() <= request.limit()) {
            return new Keyset(rows, null);
        }
        List<SummaryRow> asked = rows.subList(0, request.limit());
        SummaryRow last = asked.get(asked.size() - 1);
        return new Keyset(asked, Cursor.after(request.sort(), last.publishedAt(), last.id()));
    }

    /**
     * Up to {@code request.limit()} whole statements in the request's order, and the request for
     * the ones after them (null after the last): an export reads all matches this way, each slice
     * in a transaction of its own, so that memory stays flat however many there are.
     */
    @Transactional
    public Slice wholes(ListRequest request) {
        List<String> ids;
        Cursor next = null;
        if (request.needsIndex()) {
            StatementSearch.Ids found = search.ids(request);
            ids = found.ids();
            next = found.next();
        } else {
            Keyset page = keyset(request);
            ids = page.rows().stream().map(SummaryRow::id).toList();
            next = page.next();
        }
        Map<String, Statement> byId = statements.wholeByIds(ids);
        Map<String, List<TranslationRef>> translations = statements.translationsOf(byId.values());
        List<StatementView> items = ids.stream().filter(byId::containsKey)
                .map(id -> StatementMapper.view(byId.get(id), translations.getOrDefault(id, List.of())))
                .toList();
        return new Slice(items, next == null ? null : request.at(next));
    }

    /** Some whole statements, and the request for those that follow, null after the last. */
    public record Slice(List<StatementView> items, ListRequest next) {
    }

    public Archive archive(ListRequest request) {
        Map<Integer, Map<Integer, List<Archive.Day>>> tree = new TreeMap<>(Comparator.reverseOrder());
        long total = 0;
        List<StatementRepository.DateCount> counts = request.q() != null ? search.countByDate(request) : statements.countByDate(request);
        for (StatementRepository.DateCount row : counts) {
            total += row.count();
            tree.computeIfAbsent(row.date().getYear(), y -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(row.date().getMonthValue(), m -> new ArrayList<>())
                    .add(new Archive.Day(row.date(), row.count()));
        }
        List<Archive.Year> years = tree.entrySet().stream().map(year -> {
            List<Archive.Month> months = year.getValue().entrySet().stream()
                    .map(month -> new Archive.Month(month.getKey(), sum(month.getValue()), month.getValue()))
                    .toList();
            return new Archive.Year(year.getKey(), months.stream().mapToLong(Archive.Month::count).sum(), months);
        }).toList();
        return new Archive(total, years);
    }

    /** Every issuer by name, without counts: what a page needs to name issuers and date their statements. */
    public List<IssuerName> issuerNames() {
        return issuers.names();
    }

    /** Every issuer by name, with its count of statements not withdrawn. */
    public List<IssuerView> issuersWithCounts() {
        return issuers.withCounts();
    }

    /** The issuers by name, {@code size} a page from after the issuer a cursor names; the cursor of the next page when there is one. */
    public Page<IssuerView> issuers(int size, String cursor) {
        List<IssuerView> all = issuers.withCounts();
        int from = 0;
        if (cursor != null) {
            String after = IssuerCursor.decode(cursor);
            from = 1 + java.util.stream.IntStream.range(0, all.size()).filter(i -> all.get(i).id().equals(after)).findFirst()
                    .orElseThrow(IssuerCursor::unknown);
        }
        List<IssuerView> page = all.subList(Math.min(from, all.size()), Math.min(from + size, all.size()));
        String next = from + size < all.size() ? IssuerCursor.encode(page.get(page.size() - 1).id()) : null;
        return new Page<>(List.copyOf(page), next, all.size());
    }

    /** The statement found, or 404 when there is none and 410 when it was withdrawn. */
    static Statement present(Optional<Statement> found, String idOrSlug) {
        Statement statement = found.orElseThrow(() -> missing(idOrSlug));
        if (statement.isWithdrawn()) {
            throw withdrawn(statement.id, statement.withdrawnAt);
        }
        return statement;
    }

    private static NotFound missing(String idOrSlug) {
        return new NotFound("No statement has the id or slug '" + idOrSlug + "'.");
    }

    private static Withdrawn withdrawn(String id, Instant at) {
        return new Withdrawn("Statement " + id + " was withdrawn at " + at + ".");
    }

    private static long sum(List<Archive.Day> days) {
        return days.stream().mapToLong(Archive.Day::count).sum();
    }
}
