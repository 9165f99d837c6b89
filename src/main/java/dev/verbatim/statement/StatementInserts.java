package dev.verbatim.statement;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes many new statements with JDBC batches, for bulk imports: the ORM's bookkeeping of some
 * fifteen entities per statement cost more than the database itself. The statements are built
 * by {@link StatementWriter} exactly as for a single create; only the writing differs. The
 * connection is the current transaction's, so a batch commits or rolls back as one.
 */
@ApplicationScoped
class StatementInserts {

    private static final String STATEMENT = "insert into statement (id, slug, title, language, category, speaker_name, speaker_role,"
            + " issuer_id, published_at, time_zone, published_date, body, qa_count, source_url, retrieved_at, source_hash,"
            + " translation_group, version, created_at, updated_at, withdrawn_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PAIR = "insert into qa_pair (statement_id, n, question, answer, asked_by, answered_by) values (?, ?, ?, ?, ?, ?)";
    private static final String SOURCE = "insert into statement_source (statement_id, content_type, content) values (?, ?, ?)";

    private final DataSource dataSource;

    StatementInserts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(List<Statement> statements, List<RawSource> sources) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(STATEMENT);
                PreparedStatement pair = connection.prepareStatement(PAIR);
                PreparedStatement source = connection.prepareStatement(SOURCE)) {
            for (int i = 0; i < statements.size(); i++) {
                Statement s = statements.get(i);
                addStatement(statement, s);
                for (QaPair qa : s.qa()) {
                    pair.setString(1, s.id);
                    pair.setInt(2, qa.n);
                    pair.setString(3, qa.question);
                    pair.setString(4, qa.answer);
                    pair.setString(5, qa.askedBy);
                    pair.setString(6, qa.answeredBy);
                    pair.addBatch();
                }
                RawSource raw = sources.get(i);
                if (raw != null) {
                    source.setString(1, s.id);
                    source.setString(2, raw.contentType());
                    source.setBytes(3, raw.content());
                    source.addBatch();
                }
            }
            statement.executeBatch();
            pair.executeBatch();
            source.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("A batch of statements could not be stored", e);
        }
    }

    private static void addStatement(PreparedStatement insert, Statement s) throws SQLException {
        insert.setString(1, s.id);
        insert.setString(2, s.slug);
        insert.setString(3, s.title);
        insert.setString(4, s.language);
        insert.setString(5, s.category);
        insert.setString(6, s.speakerName);
        insert.setString(7, s.speakerRole);
        insert.setString(8, s.issuer.id);
        insert.setObject(9, s.publishedAt().atOffset(ZoneOffset.UTC));
        insert.setString(10, s.timeZone().getId());
        insert.setObject(11, s.publishedDate());
        insert.setString(12, s.text);
        insert.setInt(13, s.qaCount());
        insert.setString(14, s.sourceUrl);
        setInstant(insert, 15, s.retrievedAt);
        insert.setString(16, s.sourceHash);
        insert.setString(17, s.translationGroup);
        insert.setLong(18, s.version);
        setInstant(insert, 19, s.createdAt);
        setInstant(insert, 20, s.updatedAt);
        setInstant(insert, 21, s.withdrawnAt);
        insert.addBatch();
    }

    private static void setInstant(PreparedStatement insert, int index, Instant instant) throws SQLException {
        if (instant == null) {
            insert.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            insert.setObject(index, instant.atOffset(ZoneOffset.UTC));
        }
    }
}
