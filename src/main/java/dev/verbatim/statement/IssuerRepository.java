package dev.verbatim.statement;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Queries on issuers. */
@ApplicationScoped
public class IssuerRepository implements PanacheRepositoryBase<Issuer, String> {

    /** Issuers kept in memory at most: every list names its issuers, and a database may hold more than memory should. */
    static final int NAMES_KEPT = 10_000;

    /**
     * Issuers as statements name them, kept once read: an issuer is created with its name and
     * never renamed or removed, so what an id names cannot change, on this instance or another.
     * The least used are let go past {@link #NAMES_KEPT}.
     */
    private final Cache<String, IssuerRef> named = Caffeine.newBuilder().maximumSize(NAMES_KEPT).build();

    /** These issuers as statements name them, by id. */
    public Map<String, IssuerRef> refs(Collection<String> ids) {
        Map<String, IssuerRef> refs = new HashMap<>(named.getAllPresent(ids));
        List<String> unknown = ids.stream().filter(id -> !refs.containsKey(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            getEntityManager().createQuery("select new dev.verbatim.statement.IssuerRef(i.id, i.name) from Issuer i where i.id in :ids",
                    IssuerRef.class).setParameter("ids", unknown).getResultList().forEach(ref -> {
                        named.put(ref.id(), ref);
                        refs.put(ref.id(), ref);
                    });
        }
        return refs;
    }

    /** Every issuer by name, from the issuer table alone (counting reads every statement: about a second at a million). */
    public List<IssuerName> names() {
        return getEntityManager().createQuery("select new dev.verbatim.statement.IssuerName(i.id, i.name, i.timeZone) from Issuer i "
                + "order by i.name, i.id", IssuerName.class).getResultList();
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
