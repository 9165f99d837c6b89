package dev.verbatim.statement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Queries on issuers. */
@ApplicationScoped
public class IssuerRepository implements PanacheRepositoryBase<Issuer, String> {

    /**
     * Issuers as statements name them, kept once read: an issuer is created with its name and
     * never renamed or removed, so what an id names cannot change, on this instance or another.
     */
    private final Map<String, IssuerRef> named = new ConcurrentHashMap<>();

    /** These issuers as statements name them, by id. */
    public Map<String, IssuerRef> refs(Collection<String> ids) {
        List<String> unknown = ids.stream().filter(id -> !named.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            getEntityManager().createQuery("select new dev.verbatim.statement.IssuerRef(i.id, i.name) from Issuer i where i.id in :ids",
                    IssuerRef.class).setParameter("ids", unknown).getResultList().forEach(ref -> named.put(ref.id(), ref));
        }
        Map<String, IssuerRef> refs = new HashMap<>();
        ids.forEach(id -> refs.put(id, named.get(id)));
        return refs;
    }

    /** Every issuer with its count of statements not withdrawn, by name. */
    public List<IssuerView> withCounts() {
        return getEntityManager().createQuery(
                "select new dev.verbatim.statement.IssuerView(i.id, i.name, i.timeZone, count(s.id))"
                        + " from Issuer i left join Statement s on s.issuer = i and s.withdrawnAt is null"
                        + " group by i.id, i.name, i.timeZone order by i.name, i.id",
                IssuerView.class).getResultList();
    }
}
