package dev.verbatim.search;

import dev.verbatim.domain.InvalidArguments;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * What users type in {@code q}, made a Lucene query with Lucene's simple query parser: words that
 * must all match, {@code "exact phrases"}, {@code -excluded}, {@code OR} (or {@code |}),
 * parentheses, and {@code word*} for words that start so (as a user types). Nothing else is
 * syntax: there are no field names, leading wildcards, fuzzy or regular expressions, so
 * {@code title:x}, {@code *x}, {@code a~} or {@code /x/} are plain words; and a prefix stands for
 * at most {@value #MAX_EXPANSIONS} words, so no query is slow.
 *
 * <p>A phrase is quoted as people paste it: between {@code "…"}, {@code “…”}, {@code « … »} (and
 * the other quotation marks of {@link #QUOTATION_MARKS}). A quoted phrase in Chinese, Japanese or
 * Korean is also looked for among Chinese texts' character pairs, so that it is found wherever it
 * starts and ends, not only on smartcn's word boundaries.
 */
final class SearchQuery {

    private static final Analyzer ANALYZER = Analyzers.INDEX;
    private static final QueryBuilder CHARACTER_PAIRS = new QueryBuilder(Analyzers.CHARACTER_PAIRS_QUERY);
    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR;
    /** The shortest prefix searched as one: {@code a*} or {@code se*} would stand for too many words to mean much. */
    static final int MIN_PREFIX = 3;
    /** The most frequent words a prefix stands for, in each field. */
    static final int MAX_EXPANSIONS = 64;
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

    /**
     * The query in these fields only, for highlighting: the highlighter looks each of the query's
     * words up again for every hit, and a hit has the fields of its own language only. May match
     * nothing where a field's analyzer makes no word of the query.
     */
    static Query inFields(String q, List<String> fields) {
        Map<String, Float> weights = new HashMap<>();
        fields.forEach(field -> weights.put(field, 1f));
        SimpleQueryParser parser = new Parser(weights);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(withOperators(q));
    }

    private static Query parse(String q, Map<String, Float> fields) {
        SimpleQueryParser parser = new Parser(fields);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(withOperators(q));
        if (!hasWords(query)) {
            throw new InvalidArguments("q", "has no word to search for");
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
            public void consumeTermsMatching(Query leaf, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
                found[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return found[0];
    }

    /** The simple query parser, with prefixes folded as the index folds words, and bounded. */
    private static final class Parser extends SimpleQueryParser {

        Parser(Map<String, Float> fields) {
            super(ANALYZER, fields, FLAGS);
        }

        /**
         * A phrase as the fields' analyzers make it and, where it has Chinese, Japanese or Korean
         * characters, as Chinese texts' character pairs too: either finds it, and a text where it
         * also stands on word boundaries comes first.
         */
        @Override
        protected Query newPhraseQuery(String text, int slop) {
            Query words = super.newPhraseQuery(text, slop);
            if (!hasIdeographs(text)) {
                return words;
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            if (words != null) {
                either.add(words, BooleanClause.Occur.SHOULD);
            }
            for (Map.Entry<String, Float> field : weights.entrySet()) {
                String chars = Fields.chars(field.getKey());
                Query pairs = chars == null ? null : CHARACTER_PAIRS.createPhraseQuery(chars, text, slop);
                if (pairs != null) {
                    either.add(new BoostQuery(pairs, field.getValue()), BooleanClause.Occur.SHOULD);
                }
            }
            BooleanQuery built = either.build();
            return built.clauses().isEmpty() ? null : built;
        }

        /**
         * {@code word*}: the words that start so, or the word itself analysed, so that a whole word
         * typed with its star still finds its other forms (cyberattaques* finds cyberattaque).
         */
        @Override
        protected Query newPrefixQuery(String text) {
            String prefix = fold(text);
            if (prefix.codePointCount(0, prefix.length()) < MIN_PREFIX) {
                return newDefaultQuery(text);
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            for (Map.Entry<String, Float> field : weights.entrySet()) {
                // Indexed words are stemmed: the prefix is also tried as the field's analyzer leaves it
                // (French "cyberatt" becomes "cyberat", as "cyberattaques" was indexed "cyberataqu").
                Set<String> starts = new LinkedHashSet<>(List.of(prefix));
                analysedAlone(field.getKey(), text).ifPresent(starts::add);
                for (String start : starts) {
                    Query starting = new PrefixQuery(new Term(field.getKey(), start),
                            new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
                    either.add(new BoostQuery(starting, field.getValue()), BooleanClause.Occur.SHOULD);
                }
            }
            Query whole = newDefaultQuery(text);
            if (whole != null) {
                either.add(whole, BooleanClause.Occur.SHOULD);
            }
            return either.build();
        }

        /** The one word the field's analyzer makes of the text, if it makes exactly one. */
        private Optional<String> analysedAlone(String field, String text) {
            try (TokenStream stream = getAnalyzer().tokenStream(field, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                String first = stream.incrementToken() ? term.toString() : null;
                boolean more = first != null && stream.incrementToken();
                stream.end();
                return first == null || more || first.codePointCount(0, first.length()) < MIN_PREFIX
                        ? Optional.empty() : Optional.of(first);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String fold(String text) {
            String lower = Analyzers.normalized(text);
            char[] folded = new char[lower.length() * 4];
            int length = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, folded, 0, lower.length());
            return new String(folded, 0, length);
        }
    }

    /** Whether the text has a character of the scripts indexed as character pairs: Han, kana, Hangul. */
    static boolean hasIdeographs(String text) {
        return text.codePoints().anyMatch(c -> switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL -> true;
            default -> false;
        });
    }

    /**
     * The marks that open or close a quoted phrase, as {@code "} does: typographic and angle
     * quotes, the low-9 marks of German, the full-width quote, and the corner brackets of Chinese
     * and Japanese. Single quotes are not among them: they are apostrophes too.
     */
    static final String QUOTATION_MARKS = "\u201C\u201D\u201E\u201F\u00AB\u00BB\uFF02\u300C\u300D\u300E\u300F";

    /** The query with each quotation mark as {@code "}, and the word OR between two terms, outside quotes, as the parser's {@code |}. */
    static String withOperators(String typed) {
        String q = plainQuotes(typed);
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

    private static String plainQuotes(String q) {
        char[] chars = q.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (QUOTATION_MARKS.indexOf(chars[i]) >= 0) {
                chars[i] = '"';
            }
        }
        return new String(chars);
    }

    private static boolean boundary(String q, int at) {
        return at < 0 || at >= q.length() || Character.isWhitespace(q.charAt(at)) || q.charAt(at) == '(' || q.charAt(at) == ')';
    }
}
