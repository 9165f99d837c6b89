package dev.verbatim.statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.ZoneId;

/** Who speaks: a ministry, an embassy, a spokesperson's office. Its zone dates statements that carry none. */
@Entity
public class Issuer extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    protected Issuer() {
    }

    public Issuer(String id, String name, ZoneId timeZone) {
        this.id = id;
        this.name = name;
        this.timeZone = timeZone.getId();
    }
}
