package dev.verbatim.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The statistics the database plans its queries with: how many rows a table has and how its
 * values spread. A bulk load outgrows them: PostgreSQL then takes a lookup of 250 source
 * addresses in a table it last measured empty for a fifth of the table, and reads all of it
 * (measured: an import of a million on a server without autovacuum fell to 84 statements a
 * second at 150,000, and rose to 335 once the statistics were refreshed). H2 refreshes its own
 * as a table grows; PostgreSQL's autovacuum does too, when it is on, a minute or so behind. The
 * import command refreshes them as it goes (see its {@code ANALYZE_FROM}).
 */
@ApplicationScoped
public class PlannerStatistics {

    private final EntityManager entities;

    PlannerStatistics(EntityManager entities) {
        this.entities = entities;
    }

    /** ANALYZE, on either database: samples every table, reads nothing whole, blocks no writer. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh() {
        entities.createNativeQuery("ANALYZE").executeUpdate();
    }
}
