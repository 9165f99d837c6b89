package dev.verbatim.statement;

import dev.verbatim.api.JsonBodies;
import dev.verbatim.api.EntityTags;
import dev.verbatim.api.HttpCaching;
import dev.verbatim.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Editors creating, correcting and withdrawing statements. A correction or withdrawal names the
 * version it was made to with If-Match, so that nobody overwrites a change they have not seen.
 */
@ApplicationScoped
public class StatementEditor {

    private final StatementRepository statements;
    private final StatementWriter writer;
    private final StatementService reader;
    private final JsonBodies inputs;
    private final EntityTags tags;

    StatementEditor(StatementRepository statements, StatementWriter writer, StatementService reader, JsonBodies inputs,
            EntityTags tags) {
        this.statements = statements;
        this.writer = writer;
        this.reader = reader;
        this.inputs = inputs;
        this.tags = tags;
    }

    /** A stored statement as a GET answers it, with its ETag. */
    public record Tagged(StatementView statement, String etag) {
    }

    @Transactional
    public Tagged create(byte[] body) {
        StatementInput input = inputs.read(body, StatementInput.class, "statement");
        inputs.validate(input, "statement");
        Statement created = writer.create(input, null);
        return tagged(created.id);
    }

    @Transactional
    public Tagged replace(String idOrSlug, String ifMatch, byte[] body) {
        Statement current = current(idOrSlug, ifMatch, true);
        StatementInput input = inputs.read(body, StatementInput.class, "statement");
        inputs.validate(input, "statement");
        writer.update(current.id, input, null);
        return tagged(current.id);
    }

    @Transactional
    public void withdraw(String idOrSlug, String ifMatch) {
        Statement current = current(idOrSlug, ifMatch, false);
        writer.withdraw(current.id);
    }

    /** The statement a change is made to, checked against If-Match (required for a replacement). */
    private Statement current(String idOrSlug, String ifMatch, boolean required) {
        if (ifMatch == null && required) {
            throw new ProblemException.PreconditionRequired("Send If-Match with the ETag of the statement as you last read it "
                    + "(GET /api/v1/statements/" + idOrSlug + "), so that no change made meanwhile is overwritten.");
        }
        statements.takeWritersTurn();
        Statement statement = StatementService.present(statements.findForChange(idOrSlug), idOrSlug);
        if (ifMatch != null) {
            String etag = tags.of(StatementMapper.view(statement, statements.translationsOf(statement)));
            if (!HttpCaching.matches(ifMatch, etag)) {
                throw new ProblemException.PreconditionFailed("Statement " + statement.id + " has changed since that version: its ETag "
                        + "is now " + etag + ". Read it again, and make the change to what it says now.");
            }
        }
        return statement;
    }

    private Tagged tagged(String id) {
        StatementView view = reader.get(id);
        return new Tagged(view, tags.of(view));
    }
}
