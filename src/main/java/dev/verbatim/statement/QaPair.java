package dev.verbatim.statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One question and its answer, numbered from 1 in document order within its statement. */
@Entity
@Table(name = "qa_pair")
@IdClass(QaPair.Key.class)
public class QaPair extends PanacheEntityBase {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    public Statement statement;

    @Id
    public int n;

    @Column(nullable = false)
    public String question;

    @Column(nullable = false)
    public String answer;

    /** The reporter or outlet named before the question, when the page names one. */
    @Column(name = "asked_by")
    public String askedBy;

    /** The speaker named before the answer, when the page names one instead of a plain marker. */
    @Column(name = "answered_by")
    public String answeredBy;

    protected QaPair() {
    }

    QaPair(Statement statement, int n) {
        this.statement = statement;
        this.n = n;
    }

    void set(QaContent content) {
        this.question = content.question();
        this.answer = content.answer();
        this.askedBy = content.askedBy();
        this.answeredBy = content.answeredBy();
    }

    /** The composite key: a pair is its statement and its number. */
    public static class Key implements Serializable {
        public String statement;
        public int n;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && n == k.n && Objects.equals(statement, k.statement);
        }

        @Override
        public int hashCode() {
            return Objects.hash(statement, n);
        }
    }
}
