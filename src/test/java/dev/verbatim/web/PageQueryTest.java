package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageQueryTest {

    @Test
    void linksKeepTheKnownParametersInOneOrderEncoded() {
        PageQuery query = PageQuery.of(Map.of("lang", List.of("fr"), "q", List.of("\"sanctions\" -russia & co"),
                "utm_source", List.of("x"), "date", List.of("")));
        assertEquals("/?q=%22sanctions%22+-russia+%26+co&lang=fr", query.href("/"));
    }

    @Test
    void changingAParameterStartsFromTheFirstPage() {
        PageQuery query = PageQuery.of(Map.of("q", List.of("a"), "cursor", List.of("abc")));
        assertEquals("/?q=a&cursor=abc", query.href("/"));
        assertEquals("/?q=a&lang=en", query.with("lang", "en").href("/"));
        assertEquals("/?q=a&cursor=next", query.with("cursor", "next").href("/"));
        assertEquals("/", query.with("q", null).href("/"));
    }

    @Test
    void blankFieldsAreNoticedSoThatTheUrlCanBeTidied() {
        assertTrue(PageQuery.hasBlank(Map.of("q", List.of("a"), "to", List.of(""))));
        assertFalse(PageQuery.hasBlank(Map.of("q", List.of("a"), "other", List.of(""))));
        assertFalse(PageQuery.hasBlank(Map.of()));
    }
}
