package dev.verbatim.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The query parameters of a list page, in a fixed order: every state of a page is a plain URL
 * that can be bookmarked and shared, and each link (a facet, the next page) is that URL with one
 * parameter changed. Empty values are left out, as a form sends them for fields left blank.
 */
final class PageQuery {

    /** The parameters a list page keeps in its links, in the order they are written. */
    static final List<String> NAMES = List.of("q", "date", "from", "to", "lang", "issuer", "sort", "limit", "cursor");

    private final Map<String, String> values;

    private PageQuery(Map<String, String> values) {
        this.values = values;
    }

    /** The known parameters of a request (the first value of each), without the empty ones. */
    static PageQuery of(Map<String, List<String>> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            List<String> given = parameters.get(name);
            if (given != null && !given.isEmpty() && !given.get(0).isEmpty()) {
                values.put(name, given.get(0));
            }
        }
        return new PageQuery(values);
    }

    /** Whether the request named a parameter with no value (a blank field of the form): its URL is worth tidying. */
    static boolean hasBlank(Map<String, List<String>> parameters) {
        return NAMES.stream().anyMatch(name -> parameters.containsKey(name)
                && parameters.get(name).stream().anyMatch(String::isEmpty));
    }

    String get(String name) {
        return values.getOrDefault(name, "");
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The same query with this parameter set (or removed, when {@code value} is null), from the first page. */
    PageQuery with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.remove("cursor");
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        NAMES.forEach(known -> {
            if (changed.containsKey(known)) {
                ordered.put(known, changed.get(known));
            }
        });
        return new PageQuery(ordered);
    }

    /** This query as a link to {@code path}. */
    String href(String path) {
        StringJoiner query = new StringJoiner("&", "?", "");
        query.setEmptyValue("");
        values.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return path + query;
    }
}
