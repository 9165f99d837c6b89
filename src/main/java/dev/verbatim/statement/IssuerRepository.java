package dev.verbatim.statement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Queries on issuers. */
@ApplicationScoped
public class IssuerRepository implements PanacheRepositoryBase<Issuer, String> {

    /** These issuers as statements name them, by id. */
    public Map<String, IssuerRef> refs(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select new dev.verbatim.statement.IssuerRef(i.id, i.name) from Issuer i where i.id in :ids",
                IssuerRef.class).setParameter("ids", ids).getResultStream().collect(Collectors.toMap(IssuerRef::id, ref -> ref));
    }

    /** Every issuer with its count of statements not withdrawn, by name. */
    public List<IssuerView> withCounts() {
        return getEntityManager().createQuery(
                "select new dev.verbatim.statement.IssuerView(i.id, i.name, i.timeZone, count(s.id))"
                        + " from Issuer i left join Statement s on s.issuer = i and s.withdrawnAt is null"
                        + " group by i.id, i.name, i.timeZone order by i.name",
                IssuerView.class).getResultList();
    }
}
