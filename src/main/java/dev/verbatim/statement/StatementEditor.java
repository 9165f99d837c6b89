package dev.verbatim.statement;

import dev.verbatim.api.EntityTags;
import dev.verbatim.api.HttpCaching;
import dev.verbatim.api.JsonBodies;
import dev.verbatim.domain.StaleVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;

/**
 * Editors creating, correcting and withdrawing statements. A statement submitted is read and
 * checked whole before anything is stored; a correction or withdrawal names the version it was
 * made to with If-Match, so that nobody overwrites a change they have not seen.
 */
@ApplicationScoped
public class StatementEditor {

    private final StatementRepository statements;
    private final StatementStore store;
    private final StatementService reader;
    private final JsonBodies inputs;
    private final EntityTags tags;

    StatementEditor(StatementRepository statements, StatementStore store, StatementService reader, JsonBodies inputs,
            EntityTags tags) {
        this.statements = statements;
        this.store = store;
        this.reader = reader;
        this.inputs = inputs;
        this.tags = tags;
    }

    /** A stored statement as a GET answers it, with its ETag. */
    public record Tagged(StatementView statement, String etag) {
    }

    public Tagged create(byte[] body) {
        StatementStore.Stored created = store.store(new Submission.New(submitted(body)));
        return tagged(created.id());
    }

    /** Replaces what a statement says; {@code ifMatch} is the ETag it was read with. */
    public Tagged replace(String idOrSlug, String ifMatch, byte[] body) {
        StatementStore.Stored replaced = store.store(new Submission.Correction(idOrSlug, submitted(body), unchangedSince(ifMatch)));
        return tagged(replaced.id());
    }

    /** Withdraws a statement; {@code ifMatch}, when given, is the ETag it was read with. */
    public void withdraw(String idOrSlug, String ifMatch) {
        store.withdraw(idOrSlug, unchangedSince(ifMatch));
    }

    private StatementInput submitted(byte[] body) {
        StatementInput input = inputs.read(body, StatementInput.class, "statement");
        inputs.validate(input, "statement");
        return input;
    }

    /** Refuses a change to a statement whose ETag is no longer {@code ifMatch}; any change when there is none. */
    private Consumer<Statement> unchangedSince(String ifMatch) {
        return statement -> {
            if (ifMatch == null) {
                return;
            }
            String etag = tags.of(StatementMapper.view(statement, statements.translationsOf(statement)));
            if (!HttpCaching.matches(ifMatch, etag)) {
                throw new StaleVersion("Statement " + statement.id + " has changed since that version: its ETag "
                        + "is now " + etag + ". Read it again, and make the change to what it says now.");
            }
        };
    }

    private Tagged tagged(String id) {
        StatementView view = reader.get(id);
        return new Tagged(view, tags.of(view));
    }
}
