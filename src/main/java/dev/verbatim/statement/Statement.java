package dev.verbatim.statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An official statement: a declaration, a spokesperson's remarks or a press-conference transcript.
 * Its publication instant is kept with the issuer's zone, so the local calendar date every date
 * filter uses is derived here and nowhere else.
 */
@Entity
public class Statement extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String language;

    public String category;

    /** The speaker the title names, and their role: "Geng Shuang", "Spokesperson". */
    @Column(name = "speaker_name")
    public String speakerName;

    @Column(name = "speaker_role")
    public String speakerRole;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_id")
    public Issuer issuer;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "published_date", nullable = false)
    private LocalDate publishedDate;

    /** Paragraphs outside any Q&A pair, blank-line separated; empty when there are none. */
    @Column(name = "body", nullable = false)
    public String text = "";

    @OneToMany(mappedBy = "statement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("n")
    private List<QaPair> qa = new ArrayList<>();

    @Column(name = "qa_count", nullable = false)
    private int qaCount;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "retrieved_at")
    public Instant retrievedAt;

    /** SHA-256 of the raw bytes imported, so the same page imported again is recognised. */
    @Column(name = "source_hash")
    public String sourceHash;

    @Column(name = "translation_group")
    public String translationGroup;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    protected Statement() {
    }

    public Statement(String id, Instant now) {
        this.id = id;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sets when it was published, in which zone; the local publication date follows from both. */
    public void publish(Instant at, ZoneId zone) {
        this.publishedAt = at;
        this.timeZone = zone.getId();
        this.publishedDate = at.atZone(zone).toLocalDate();
    }

    /**
     * Replaces the Q&A pairs, numbering them from 1. Pairs are updated in place rather than
     * deleted and re-inserted, because the store flushes inserts before deletes.
     */
    public void replaceQa(List<QaContent> pairs) {
        while (qa.size() > pairs.size()) {
            qa.remove(qa.size() - 1);
        }
        for (int i = 0; i < pairs.size(); i++) {
            if (i == qa.size()) {
                qa.add(new QaPair(this, i + 1));
            }
            qa.get(i).set(pairs.get(i));
        }
        qaCount = qa.size();
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public LocalDate publishedDate() {
        return publishedDate;
    }

    public List<QaPair> qa() {
        return List.copyOf(qa);
    }

    public int qaCount() {
        return qaCount;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }
}
