package dev.verbatim.statement;

import java.util.function.Consumer;

/** A statement submitted to be stored, and which stored statement, if any, it changes. */
public sealed interface Submission {

    StatementInput input();

    /** A new statement, whatever is stored already: an editor's creation. */
    record New(StatementInput input) implements Submission {
    }

    /**
     * A correction of the stored statement with this id or slug. {@code check} sees that statement
     * as it is when the writers' turn is taken, and refuses the correction (with
     * {@link dev.verbatim.domain.StaleVersion}) when it was made to a version no longer current.
     */
    record Correction(String idOrSlug, StatementInput input, Consumer<Statement> check) implements Submission {
    }

    /**
     * An imported statement, with the bytes it came as. Nothing changes when these very bytes were
     * stored before; else it updates the statement imported from the same {@code source.url}, or is new.
     */
    record Imported(StatementInput input, RawSource raw, String hash) implements Submission {

        public Imported(StatementInput input, RawSource raw) {
            this(input, raw, ContentHash.of(raw.content()));
        }

        String sourceUrl() {
            return input.source() == null ? null : input.source().url();
        }
    }
}
