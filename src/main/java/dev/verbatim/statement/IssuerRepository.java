package dev.verbatim.statement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Queries on issuers. */
@ApplicationScoped
public class IssuerRepository implements PanacheRepositoryBase<Issuer, String> {

    /** Every issuer with its count of statements not withdrawn, by name. */
    public List<IssuerView> withCounts() {
        return getEntityManager().createQuery(
                "select new dev.verbatim.statement.IssuerView(i.id, i.name, i.timeZone, count(s.id))"
                        + " from Issuer i left join Statement s on s.issuer = i and s.withdrawnAt is null"
                        + " group by i.id, i.name, i.timeZone order by i.name",
                IssuerView.class).getResultList();
    }
}
