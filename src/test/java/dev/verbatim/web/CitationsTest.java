package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verbatim.statement.IssuerRef;
import dev.verbatim.statement.QaPairView;
import dev.verbatim.statement.SourceRef;
import dev.verbatim.statement.StatementView;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationsTest {

    private static final String LINK = "https://verbatim.example/statements/remarks-2019-08-13";

    private static StatementView statement(StatementView.Speaker speaker, QaPairView... pairs) {
        OffsetDateTime at = OffsetDateTime.parse("2019-08-13T15:00:00+08:00");
        return new StatementView("id", "remarks-2019-08-13", "Remarks on the situation", "en", null,
                new IssuerRef("foreign-ministry", "Foreign Ministry"), speaker, at, at.toLocalDate(), "Asia/Shanghai", "",
                List.of(pairs), new SourceRef(null, null), List.of(), 1, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void aStatementIsCitedBySpeakerIssuerTitleLocalTimeAndPermalink() {
        assertEquals("Hua Chunying, Spokesperson, Foreign Ministry: “Remarks on the situation”, 13 August 2019, 15:00 CST. " + LINK,
                Citations.of(statement(new StatementView.Speaker("Hua Chunying", "Spokesperson")), LINK));
        assertEquals("Foreign Ministry: “Remarks on the situation”, 13 August 2019, 15:00 CST. " + LINK,
                Citations.of(statement(null), LINK));
    }

    @Test
    void aPairIsCitedByWhoAnsweredWhoAskedItsNumberAndAnchor() {
        QaPairView asked = new QaPairView(3, "Q?", "A.", "CNN", "Geng Shuang");
        QaPairView plain = new QaPairView(4, "Q?", "A.", null, null);
        StatementView s = statement(new StatementView.Speaker("Hua Chunying", null), asked, plain);
        assertEquals("Geng Shuang, Foreign Ministry: “Remarks on the situation”, question 3 (asked by CNN), 13 August 2019, 15:00 CST. "
                + LINK + "#q3", Citations.of(s, asked, LINK));
        assertEquals("Hua Chunying, Foreign Ministry: “Remarks on the situation”, question 4, 13 August 2019, 15:00 CST. "
                + LINK + "#q4", Citations.of(s, plain, LINK));
    }
}
