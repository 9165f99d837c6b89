package dev.verbatim.sync;

import dev.verbatim.search.ChangeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** The change feed as the search index follows it: positions and the statements they changed. */
@ApplicationScoped
class IndexFeed implements ChangeSource {

    private final EntityManager entities;

    IndexFeed(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long head() {
        return ((Number) entities.createNativeQuery("select last_seq from change_counter where id = 1").getSingleResult()).longValue();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Change> after(long position, int limit) {
        return entities.createQuery("select s.seq, s.statementId from StatementChange s where s.seq > ?1 order by s.seq", Object[].class)
                .setParameter(1, position).setMaxResults(limit).getResultList().stream()
                .map(row -> new Change(((Number) row[0]).longValue(), (String) row[1])).toList();
    }
}
