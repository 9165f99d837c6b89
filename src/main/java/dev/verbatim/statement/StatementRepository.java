package dev.verbatim.statement;

import dev.verbatim.statement.ListRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hibernate.jpa.HibernateHints;

/** Every query on statements, in one place. */
@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<Statement, String> {

    private static final String WHOLE = "from Statement s join fetch s.issuer left join fetch s.qa where s.";
    private static final Pattern PLAUSIBLE = Pattern.compile("[a-z0-9-]+");

    /**
     * A statement as clients read it, by id or else by slug, withdrawn or not; with its withdrawal
     * time. Read as plain columns (the statement, then its pairs, then its translations when it has
     * any) straight into what crosses the wire: no entity is built. Two lookups rather than one
     * "id = ? or slug = ?", which databases answer with a scan of the table.
     */
    public Optional<Whole> findView(String idOrSlug) {
        if (!isPlausible(idOrSlug)) {
            return Optional.empty();
        }
        Optional<WholeRow> row = head("id", idOrSlug).or(() -> head("slug", idOrSlug));
        return row.map(r -> new Whole(r.view(pairsOf(r.id()), translationsOf(r.id(), r.translationGroup())), r.withdrawnAt()));
    }

    /** A statement as clients read it, and when it was withdrawn (null while it stands). */
    public record Whole(StatementView view, Instant withdrawnAt) {
    }

    private Optional<WholeRow> head(String column, String value) {
        return getEntityManager().createQuery(WholeRow.SELECT + column + " = :value", WholeRow.class)
                .setParameter("value", value)
                .getResultStream().findFirst();
    }

    private List<QaPairView> pairsOf(String id) {
        return getEntityManager().createQuery("select new dev.verbatim.statement.QaPairView(p.n, p.question, p.answer, p.askedBy, "
                        + "p.answeredBy) from QaPair p where p.statement.id = :id order by p.n", QaPairView.class)
                .setParameter("id", id)
                .getResultList();
    }

    private List<TranslationRef> translationsOf(String id, String group) {
        if (group == null) {
            return List.of();
        }
        return getEntityManager().createQuery("select new dev.verbatim.statement.TranslationRef(s.language, s.id) from Statement s "
                        + "where s.withdrawnAt is null and s.translationGroup = :group and s.id <> :id order by s.language, s.id",
                        TranslationRef.class)
                .setParameter("group", group)
                .setParameter("id", id)
                .getResultList();
    }

    /**
     * Whether this could be an id or a slug at all (lower-case letters, digits and hyphens): what
     * cannot is not looked up, so no stray byte (a NUL, which PostgreSQL refuses) reaches the database.
     */
    static boolean isPlausible(String idOrSlug) {
        return idOrSlug != null && idOrSlug.length() <= 200 && PLAUSIBLE.matcher(idOrSlug).matches();
    }

    /** A statement about to be changed, by id or else by slug; call {@link #takeWritersTurn()} first. */
    public Optional<Statement> findForChange(String idOrSlug) {
        if (!isPlausible(idOrSlug)) {
            return Optional.empty();
        }
        Optional<Statement> byId = find("id", idOrSlug).singleResultOptional();
        return byId.isPresent() ? byId : find("slug", idOrSlug).singleResultOptional();
    }

    /**
     * Waits until no other transaction is writing statements, here or on another instance, and
     * holds the turn until this one ends. Writers go one at a time, so what one checks (a slug
     * free, an issuer new, a version current) is still true when it commits, and the change feed
     * numbers changes in the order they commit (see V5__change_feed.sql). Every write takes it
     * first, before any other lock, so writers never wait on each other in a circle.
     */
    public void takeWritersTurn() {
        getEntityManager().createNativeQuery("update change_counter set last_seq = last_seq where id = 1").executeUpdate();
    }

    /**
     * One page: up to {@code limit + 1} rows, the extra one telling that a next page exists.
     * Issuers are not joined: H2 then starts from the issuer table and sorts every statement; their
     * names are read apart, and there are few.
     */
    List<SummaryRow> page(ListRequest request) {
        StatementFilter filter = StatementFilter.of(request);
        var query = getEntityManager().createQuery(SummaryRow.SELECT + filter.where() + StatementFilter.orderBy(request.sort()),
                SummaryRow.class);
        filter.params().forEach(query::setParameter);
        return query.setMaxResults(request.limit() + 1).getResultList();
    }

    /** What lists show of these statements, by id; withdrawn ones and unknown ids are left out. */
    Map<String, SummaryRow> summaries(Collection<String> ids) {
        Map<String, SummaryRow> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        // One parameter per id rather than a list: Hibernate then keeps the query's translation
        // (one per page size) instead of translating it again for every search.
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= ids.size(); i++) {
            in.append(i == 1 ? "?" : ", ?").append(i);
        }
        var query = getEntityManager().createQuery(SummaryRow.SELECT + "s.id in (" + in + ") and s.withdrawnAt is null", SummaryRow.class);
        int position = 1;
        for (String id : ids) {
            query.setParameter(position++, id);
        }
        query.getResultList().forEach(row -> found.put(row.id(), row));
        return found;
    }

    /** These statements whole, with their issuers and pairs, by id; withdrawn ones and unknown ids are left out. */
    public Map<String, Statement> wholeByIds(Collection<String> ids) {
        return keyed(ids, WHOLE + "id in ?1 and s.withdrawnAt is null");
    }

    /**
     * These pairs, keyed "id/n", whatever their statements (see {@link #summaries} for those). One
     * lookup by primary key for each, in one query: a condition on (statement, n) pairs, as row
     * values or ORs, makes H2 read every pair of each statement.
     */
    Map<String, PairRow> pairs(List<PairRow.Key> keys) {
        Map<String, PairRow> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        StringBuilder lookups = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            lookups.append(i == 0 ? "" : " union all ")
                    .append("select p.statement.id, p.n, p.question, p.answer, p.askedBy, p.answeredBy from QaPair p ")
                    .append("where p.statement.id = ?").append(2 * i + 1).append(" and p.n = ?").append(2 * i + 2);
        }
        var query = getEntityManager().createQuery(lookups.toString(), Object[].class);
        for (int i = 0; i < keys.size(); i++) {
            query.setParameter(2 * i + 1, keys.get(i).statementId()).setParameter(2 * i + 2, keys.get(i).n());
        }
        for (Object[] row : query.getResultList()) {
            PairRow pair = new PairRow((String) row[0], (Integer) row[1], (String) row[2], (String) row[3], (String) row[4],
                    (String) row[5]);
            found.put(pair.statementId() + "/" + pair.n(), pair);
        }
        return found;
    }

    /**
     * Statements not withdrawn whose id comes after this one (from the first, for null), at most
     * this many, in the order of their ids, with when each was last stored: what the search index
     * is checked against, a page at a time.
     */
    public Map<String, Instant> liveStoredAfter(String after, int limit) {
        Map<String, Instant> found = new LinkedHashMap<>();
        getEntityManager()
                .createQuery("select s.id, s.updatedAt from Statement s where s.withdrawnAt is null and s.id > :after order by s.id",
                        Object[].class)
                .setParameter("after", after == null ? "" : after).setMaxResults(limit)
                .getResultList().forEach(row -> found.put((String) row[0], (Instant) row[1]));
        return found;
    }

    /** The nearest day before this one (or after it) with a statement not withdrawn. */
    public Optional<LocalDate> nearestDay(LocalDate day, boolean after) {
        String query = after
                ? "select min(s.publishedDate) from Statement s where s.withdrawnAt is null and s.publishedDate > :day"
                : "select max(s.publishedDate) from Statement s where s.withdrawnAt is null and s.publishedDate < :day";
        return Optional.ofNullable(getEntityManager().createQuery(query, LocalDate.class).setParameter("day", day).getSingleResult());
    }

    /** Of these ids, those of statements stored and not withdrawn. */
    public Set<String> liveAmong(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select s.id from Statement s where s.withdrawnAt is null and s.id in :ids", String.class)
                .setParameter("ids", ids).getResultList());
    }

    private Map<String, Statement> keyed(Collection<String> ids, String query) {
        Map<String, Statement> found = new HashMap<>();
        if (!ids.isEmpty()) {
            // A list, not a stream: a streamed fetch join would fill each collection from its first row only.
            find(query, ids).withHint(HibernateHints.HINT_READ_ONLY, true).list().forEach(s -> found.put(s.id, s));
        }
        return found;
    }

    public long count(ListRequest request) {
        StatementFilter filter = StatementFilter.of(request.unpaged());
        return count("from Statement s where " + filter.where(), filter.params());
    }

    /** How many statements match on each local publication date. */
    public List<DateCount> countByDate(ListRequest request) {
        StatementFilter filter = StatementFilter.of(request.unpaged());
        var query = getEntityManager().createQuery(
                "select s.publishedDate, count(s) from Statement s where " + filter.where()
                        + " group by s.publishedDate order by s.publishedDate desc",
                Object[].class);
        filter.params().forEach(query::setParameter);
        return query.getResultList().stream().map(row -> new DateCount((LocalDate) row[0], (Long) row[1])).toList();
    }

    /** The statements of a translation group that are not withdrawn, but for the one with this id; to be changed. */
    public List<Statement> translationGroup(String group, String except) {
        return list("translationGroup = ?1 and withdrawnAt is null and id <> ?2", group, except == null ? "" : except);
    }

    /** The statements, not withdrawn, that translate this one. */
    public List<TranslationRef> translationsOf(Statement statement) {
        return translationsOf(List.of(statement)).getOrDefault(statement.id, List.of());
    }

    /** The translations of each of these statements, by its id, in one query. */
    public Map<String, List<TranslationRef>> translationsOf(Collection<Statement> statements) {
        Set<String> groups = new HashSet<>();
        statements.forEach(s -> {
            if (s.translationGroup != null) {
                groups.add(s.translationGroup);
            }
        });
        Map<String, List<TranslationRef>> found = new HashMap<>();
        if (groups.isEmpty()) {
            return found;
        }
        Map<String, List<Object[]>> members = new HashMap<>();
        getEntityManager().createQuery("select s.translationGroup, s.language, s.id from Statement s "
                        + "where s.withdrawnAt is null and s.translationGroup in :groups order by s.language, s.id", Object[].class)
                .setParameter("groups", groups)
                .getResultList().forEach(row -> members.computeIfAbsent((String) row[0], g -> new ArrayList<>()).add(row));
        for (Statement statement : statements) {
            List<TranslationRef> others = members.getOrDefault(statement.translationGroup, List.of()).stream()
                    .filter(row -> !row[2].equals(statement.id))
                    .map(row -> new TranslationRef((String) row[1], (String) row[2]))
                    .toList();
            found.put(statement.id, others);
        }
        return found;
    }

    /** The statement stored from exactly these bytes, if any. */
    public Optional<Statement> findBySourceHash(String hash) {
        return find("sourceHash = ?1 and withdrawnAt is null", hash).firstResultOptional();
    }

    /** The statement imported from this address, if any. */
    public Optional<Statement> findBySourceUrl(String url) {
        return find("sourceUrl = ?1 and withdrawnAt is null order by createdAt", url).firstResultOptional();
    }

    /** Whether a stored statement has this slug; asked without flushing what the transaction has pending. */
    public boolean slugTaken(String slug) {
        return !getEntityManager().createQuery("select s.id from Statement s where s.slug = :slug", String.class)
                .setParameter("slug", slug)
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Of these slugs, those already taken; asked without flushing what the transaction has pending. */
    public Set<String> slugsTaken(Collection<String> slugs) {
        return new HashSet<>(getEntityManager().createQuery("select s.slug from Statement s where s.slug in :slugs", String.class)
                .setParameter("slugs", slugs)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList());
    }

    /** Of these content hashes, those already stored, with the id of their statement. */
    public Map<String, String> idsBySourceHash(Collection<String> hashes) {
        return pairs("select s.sourceHash, s.id from Statement s where s.withdrawnAt is null and s.sourceHash in :keys", hashes);
    }

    /** Of these source addresses, those already stored, with the id of the first statement stored from each. */
    public Map<String, String> idsBySourceUrl(Collection<String> urls) {
        // The first stored wins where several share an address, as it did when the others came.
        return pairs("select s.sourceUrl, s.id from Statement s where s.withdrawnAt is null and s.sourceUrl in :keys order by s.createdAt",
                urls);
    }

    private Map<String, String> pairs(String query, Collection<String> keys) {
        Map<String, String> found = new HashMap<>();
        if (!keys.isEmpty()) {
            getEntityManager().createQuery(query, Object[].class).setParameter("keys", keys)
                    .getResultList().forEach(row -> found.putIfAbsent((String) row[0], (String) row[1]));
        }
        return found;
    }

    /** A local publication date and how many statements carry it. */
    public record DateCount(LocalDate date, long count) {
    }
}
