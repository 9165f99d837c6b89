package dev.verbatim.sync;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the change feed, numbered in commit order. Written by {@link ChangeLog}, never changed. */
@Entity
@Table(name = "statement_change")
public class StatementChange extends PanacheEntityBase {

    @Id
    public long seq;

    @Column(name = "statement_id")
    public String statementId;

    /** created, updated or deleted. */
    public String kind;

    /** The statement's version after the change. */
    public long version;

    @Column(name = "changed_at")
    public Instant changedAt;
}
