package dev.verbatim.sync;

import dev.verbatim.search.IndexChanges;
import dev.verbatim.search.IndexedStatement;
import dev.verbatim.statement.IndexedStatements;
import dev.verbatim.statement.Statement;
import dev.verbatim.statement.StatementsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Appends to the change feed, in the transaction that makes the change. Numbers come from the one
 * row of {@code change_counter}, which the update keeps locked until the transaction ends: a
 * writer cannot take a number until the writer before it has committed or rolled back, so numbers
 * become visible in order, on one instance or many sharing a database. The statements are flushed
 * first, so the lock is held only for the last moments of the transaction.
 *
 * <p>What was appended is then handed to the search index with the statements it names, as the
 * index keeps them, so that this instance's index takes its own writes in at once, without reading
 * them back from the feed.
 */
@ApplicationScoped
class ChangeLog {

    private final EntityManager entities;
    private final Event<IndexChanges> indexed;

    ChangeLog(EntityManager entities, Event<IndexChanges> indexed) {
        this.entities = entities;
        this.indexed = indexed;
    }

    void onChange(@Observes StatementsChanged change) {
        entities.flush();
        List<Entry> entries = new ArrayList<>();
        change.created().forEach(statement -> entries.add(new Entry(statement, "created", statement.updatedAt)));
        change.updated().forEach(statement -> entries.add(new Entry(statement, "updated", statement.updatedAt)));
        change.withdrawn().forEach(statement -> entries.add(new Entry(statement, "deleted", statement.withdrawnAt)));
        if (entries.isEmpty()) {
            return;
        }
        long last = entities.unwrap(Session.class).doReturningWork(connection -> append(connection, entries));
        List<IndexedStatement> stored = change.stored().stream().map(IndexedStatements::of).toList();
        List<String> withdrawn = change.withdrawn().stream().map(statement -> statement.id).toList();
        indexed.fire(new IndexChanges(stored, withdrawn, last - entries.size() + 1, last));
    }

    private record Entry(Statement statement, String kind, Instant at) {
    }

    /** Appends the entries; the position of the last. */
    private static long append(Connection connection, List<Entry> entries) throws SQLException {
        long last;
        try (PreparedStatement take = connection.prepareStatement("update change_counter set last_seq = last_seq + ? where id = 1")) {
            take.setLong(1, entries.size());
            take.executeUpdate();
        }
        try (PreparedStatement read = connection.prepareStatement("select last_seq from change_counter where id = 1");
                ResultSet row = read.executeQuery()) {
            row.next();
            last = row.getLong(1);
        }
        long seq = last - entries.size();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into statement_change (seq, statement_id, kind, version, changed_at) values (?, ?, ?, ?, ?)")) {
            for (Entry entry : entries) {
                insert.setLong(1, ++seq);
                insert.setString(2, entry.statement().id);
                insert.setString(3, entry.kind());
                insert.setLong(4, entry.statement().version);
                insert.setObject(5, entry.at().atOffset(ZoneOffset.UTC));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return last;
    }
}
