package dev.verbatim.statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The raw bytes a statement was imported from, byte for byte, with their content type. */
@Entity
@Table(name = "statement_source")
public class StatementSource extends PanacheEntityBase {

    @Id
    @Column(name = "statement_id")
    public String statementId;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(nullable = false)
    public byte[] content;

    protected StatementSource() {
    }

    public StatementSource(String statementId, String contentType, byte[] content) {
        this.statementId = statementId;
        this.contentType = contentType;
        this.content = content;
    }
}
