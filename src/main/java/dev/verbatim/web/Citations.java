package dev.verbatim.web;

import dev.verbatim.statement.QaPairView;
import dev.verbatim.statement.StatementView;

/**
 * Citations as plain text, for a reporter to paste: who said it, the title, the local date and
 * time with its zone, and the permalink; for a pair, its number and anchor too.
 */
final class Citations {

    private Citations() {
    }

    /** "Issuer, Speaker: “Title”, 18 July 2022, 23:14 CEST. https://…/statements/slug". */
    static String of(StatementView s, String permalink) {
        return who(s.issuer().name(), speaker(s.speaker())) + ": “" + s.title() + "”, " + when(s) + ". " + permalink;
    }

    /** "Answerer, Issuer: “Title”, question 3 (asked by CNN), 18 July 2022, 23:14 CEST. https://…/statements/slug#q3". */
    static String of(StatementView s, QaPairView pair, String permalink) {
        String answerer = pair.answeredBy() != null ? pair.answeredBy() : speakerName(s);
        String asked = pair.askedBy() == null ? "" : " (asked by " + pair.askedBy() + ")";
        return who(s.issuer().name(), answerer) + ": “" + s.title() + "”, question " + pair.n() + asked + ", " + when(s) + ". "
                + permalink + "#q" + pair.n();
    }

    /** The speaker as a byline: "Geng Shuang, Spokesperson", the name or the role alone, or null. */
    static String speaker(StatementView.Speaker speaker) {
        if (speaker == null) {
            return null;
        }
        String name = speaker.name();
        String role = speaker.role();
        if (name != null && role != null) {
            return name + ", " + role;
        }
        return name != null ? name : role;
    }

    private static String speakerName(StatementView s) {
        return s.speaker() != null && s.speaker().name() != null ? s.speaker().name() : null;
    }

    private static String who(String issuer, String speaker) {
        return speaker == null || speaker.isBlank() ? issuer : speaker + ", " + issuer;
    }

    private static String when(StatementView s) {
        return LocalTimes.dateTime(s.publishedAt(), java.time.ZoneId.of(s.timeZone()));
    }
}
