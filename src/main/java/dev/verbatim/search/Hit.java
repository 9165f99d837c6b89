package dev.verbatim.search;

import java.util.List;

/**
 * A statement found ({@code n} is 0), or one of its Q&amp;A pairs ({@code n} from 1), with short
 * snippets where the search matched (null when nothing was searched for).
 */
public record Hit(String id, int n, List<String> highlights) {
}
