package dev.verbatim.sync;

import dev.verbatim.statement.Statement;
import dev.verbatim.statement.StatementsChanged;
import jakarta.enterprise.context.ApplicationScoped;
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
 */
@ApplicationScoped
class ChangeLog {

    private final EntityManager entities;

    ChangeLog(EntityManager entities) {
        this.entities = entities;
    }

    void onChange(@Observes StatementsChanged change) {
        entities.flush();
        List<Entry> entries = new ArrayList<>();
        change.created().forEach(statement -> entries.add(new Entry(statement, "created", statement.updatedAt)));
        change.updated().forEach(statement -> entries.add(new Entry(statement, "updated", statement.updatedAt)));
        change.withdrawn().forEach(statement -> entries.add(new Entry(statement, "deleted", statement.withdrawnAt)));
        if (!entries.isEmpty()) {
            entities.unwrap(Session.class).doWork(connection -> append(connection, entries));
        }
    }

    private record Entry(Statement statement, String kind, Instant at) {
    }

    private static void append(Connection connection, List<Entry> entries) throws SQLException {
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
    }
}
