package dev.verbatim.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.statement.Excerpt;
import dev.verbatim.statement.QaPairView;
import dev.verbatim.statement.StatementService;
import dev.verbatim.statement.StatementView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One statement as its page shows it: its text and pairs, how to cite them, and what a shared link's card reads. */
@ApplicationScoped
class StatementPages {

    /** What a link's card and a search engine show of the text. */
    private static final int DESCRIPTION_LENGTH = 200;

    private final StatementService statements;
    private final ObjectMapper json;

    StatementPages(StatementService statements, ObjectMapper json) {
        this.statements = statements;
        this.json = json;
    }

    /** The statement by id or slug; 404 or 410 (with the withdrawal time) as the API answers them. */
    StatementView find(String idOrSlug) {
        return statements.get(idOrSlug);
    }

    Views.Statement page(StatementView s, String base) {
        String permalink = base + "statements/" + s.slug();
        List<Views.Pair> pairs = s.qa().stream().map(pair -> pair(s, pair, permalink)).toList();
        List<Views.Translation> translations = s.translations().stream()
                .map(t -> new Views.Translation("/statements/" + t.id(), t.language(), Languages.name(t.language()))).toList();
        String description = Excerpt.of(s, DESCRIPTION_LENGTH);
        return new Views.Statement(s.title(), s.language(), Languages.name(s.language()), s.category(), s.issuer().name(),
                "/issuers/" + s.issuer().id(), Citations.speaker(s.speaker()), LocalTimes.dateTime(s.publishedAt(), ZoneId.of(s.timeZone())),
                s.publishedAt().toString(), s.timeZone(), LocalTimes.dayPath(s.publishedDate()), paragraphs(s.text()), pairs,
                translations, s.source().url(), statements.hasSource(s.id()) ? "/api/v1/statements/" + s.id() + "/source" : null,
                "/api/v1/statements/" + s.id(), Citations.of(s, permalink), permalink, description,
                jsonLd(s, permalink, description), s.language().replace('-', '_'));
    }

    private static Views.Pair pair(StatementView s, QaPairView pair, String permalink) {
        return new Views.Pair(pair.n(), "q" + pair.n(), paragraphs(pair.question()), paragraphs(pair.answer()), pair.askedBy(),
                pair.answeredBy(), Citations.of(s, pair, permalink), permalink + "#q" + pair.n());
    }

    /** Paragraphs as the contract keeps them: separated by blank lines. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** schema.org JSON-LD for search engines, safe inside a script element (no "<" can close it). */
    private String jsonLd(StatementView s, String permalink, String description) {
        Map<String, Object> issuer = Map.of("@type", "Organization", "name", s.issuer().name());
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "Article");
        article.put("headline", s.title());
        article.put("description", description);
        article.put("inLanguage", s.language());
        article.put("datePublished", s.publishedAt().toString());
        article.put("dateModified", s.updatedAt().toString());
        article.put("url", permalink);
        article.put("mainEntityOfPage", permalink);
        article.put("publisher", issuer);
        article.put("author", s.speaker() != null && s.speaker().name() != null
                ? Map.of("@type", "Person", "name", s.speaker().name(), "affiliation", issuer)
                : issuer);
        if (s.category() != null) {
            article.put("articleSection", s.category());
        }
        if (s.source().url() != null) {
            article.put("isBasedOn", s.source().url());
        }
        try {
            return json.writeValueAsString(article).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings is always serialisable", e);
        }
    }
}
