package dev.verbatim.search;

import dev.verbatim.api.ProblemException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * What users type in {@code q}, made a Lucene query with Lucene's simple query parser: words that
 * must all match, {@code "exact phrases"}, {@code -excluded}, {@code OR} (or {@code |}) and
 * parentheses. Nothing else is syntax: there are no field names, wildcards, fuzzy or regular
 * expressions, so {@code title:*}, {@code a~} or {@code /x/} are plain words and no query is slow.
 */
final class SearchQuery {

    private static final Analyzer ANALYZER = Analyzers.INDEX;
    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.WHITESPACE_OPERATOR;
    /** A title match counts more than one in the text. */
    private static final float TITLE_WEIGHT = 2f;

    private SearchQuery() {
    }

    /** The query over whole statements: their titles and all their text. */
    static Query statements(String q) {
        Map<String, Float> fields = new HashMap<>();
        for (String family : Analyzers.LANGUAGES) {
            fields.put(Fields.text(Fields.TEXT, family), 1f);
            fields.put(Fields.text(Fields.TITLE, family), TITLE_WEIGHT);
        }
        return parse(q, fields);
    }

    /**
     * The same matches as {@link #statements} with half the clauses, for counting: the text holds
     * the title too, so the title only ever changes the order.
     */
    static Query statementsToCount(String q) {
        Map<String, Float> fields = new HashMap<>();
        for (String family : Analyzers.LANGUAGES) {
            fields.put(Fields.text(Fields.TEXT, family), 1f);
        }
        return parse(q, fields);
    }

    /** Whether the query may match documents without any of its words ("-word" alone does). */
    static boolean matchesWithoutWords(Query query) {
        boolean[] found = new boolean[1];
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                found[0] |= leaf instanceof MatchAllDocsQuery;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return found[0];
    }

    /** The query over single pairs, in their questions, their answers, or both. */
    static Query pairs(String q, List<String> in) {
        Map<String, Float> fields = new HashMap<>();
        for (String family : Analyzers.LANGUAGES) {
            for (String field : in) {
                fields.put(Fields.text(field, family), 1f);
            }
        }
        return parse(q, fields);
    }

    private static Query parse(String q, Map<String, Float> fields) {
        SimpleQueryParser parser = new SimpleQueryParser(ANALYZER, fields, FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(withOperators(q));
        if (!hasWords(query)) {
            throw new ProblemException.InvalidParameters("q", "has no word to search for");
        }
        return query;
    }

    /** Whether the query searches for any word at all: "*", "()" or punctuation alone do not. */
    private static boolean hasWords(Query query) {
        boolean[] found = new boolean[1];
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                found[0] |= terms.length > 0;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return found[0];
    }

    /** The word OR between two terms, outside quotes, as the parser's {@code |}. */
    static String withOperators(String q) {
        StringBuilder out = new StringBuilder(q.length());
        boolean quoted = false;
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && c == 'O' && q.startsWith("OR", i) && boundary(q, i - 1) && boundary(q, i + 2)) {
                out.append('|');
                i += 2;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean boundary(String q, int at) {
        return at < 0 || at >= q.length() || Character.isWhitespace(q.charAt(at)) || q.charAt(at) == '(' || q.charAt(at) == ')';
    }
}
