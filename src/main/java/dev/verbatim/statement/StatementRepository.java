package dev.verbatim.statement;

import dev.verbatim.api.ListRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every query on statements, in one place. */
@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<Statement, String> {

    /** A statement with its issuer and pairs, by id or slug, withdrawn or not. */
    public Optional<Statement> findWhole(String idOrSlug) {
        return find("from Statement s join fetch s.issuer left join fetch s.qa where s.id = ?1 or s.slug = ?1", idOrSlug)
                .firstResultOptional();
    }

    /** One page: up to {@code limit + 1} rows, the extra one telling that a next page exists. */
    public List<Statement> page(ListRequest request) {
        StatementFilter filter = StatementFilter.of(request);
        return find("from Statement s join fetch s.issuer where " + filter.where() + StatementFilter.orderBy(request.sort()),
                filter.params())
                .range(0, request.limit())
                .list();
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

    public List<TranslationRef> translationsOf(Statement statement) {
        if (statement.translationGroup == null) {
            return List.of();
        }
        return find("translationGroup = ?1 and id <> ?2 and withdrawnAt is null order by language", statement.translationGroup,
                statement.id)
                .stream().map(s -> new TranslationRef(s.language, s.id)).toList();
    }

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    /** A local publication date and how many statements carry it. */
    public record DateCount(LocalDate date, long count) {
    }
}
