package dev.verbatim.statement;

import dev.verbatim.domain.InvalidContent;
import dev.verbatim.domain.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements that translate each other share a translation group, and each lists the others. A
 * link names a stored statement in another language; the group takes at most one statement a language.
 */
@ApplicationScoped
class TranslationLinks {

    private final StatementRepository statements;

    TranslationLinks(StatementRepository statements) {
        this.statements = statements;
    }

    /**
     * Makes {@code statement} a translation of the stored statement {@code translationOf} names
     * (an id or a slug). Returns the stored statements whose translations changed, marked changed
     * at {@code now} so that their versions go up. Nothing when {@code translationOf} is null:
     * links, once made, stay.
     */
    List<Statement> link(Statement statement, String translationOf, Instant now) {
        if (translationOf == null) {
            return List.of();
        }
        Statement target = statements.findForChange(translationOf)
                .filter(found -> !found.isWithdrawn())
                .orElseThrow(() -> refused("names no stored statement: '" + translationOf + "'"));
        if (target.id.equals(statement.id)) {
            throw refused("names this statement itself");
        }
        if (target.language.equals(statement.language)) {
            throw refused("names a statement in the same language (" + target.language + "); a translation is in another");
        }
        String group = target.translationGroup != null ? target.translationGroup : target.id;
        if (group.equals(statement.translationGroup)) {
            return List.of();
        }
        List<Statement> members = new ArrayList<>(statements.translationGroup(group, statement.id));
        if (!members.contains(target)) {
            members.add(target);
        }
        for (Statement member : members) {
            if (member.language.equals(statement.language)) {
                throw refused("names a statement that already has a " + member.language + " translation: " + member.id);
            }
        }
        List<Statement> changed = new ArrayList<>();
        if (statement.translationGroup != null && statement.id != null) {
            // Leaving a group: those left behind no longer list it.
            changed.addAll(touch(statements.translationGroup(statement.translationGroup, statement.id), now));
        }
        statement.translationGroup = group;
        target.translationGroup = group;
        changed.addAll(touch(members, now));
        return changed;
    }

    /** The statements that list a withdrawn one among their translations: they no longer do, so they changed too. */
    List<Statement> unlink(Statement withdrawn, Instant now) {
        return withdrawn.translationGroup == null ? List.of() : touch(statements.translationGroup(withdrawn.translationGroup, withdrawn.id), now);
    }

    /** Marks statements changed, so that their versions go up and the change feed tells. */
    private static List<Statement> touch(List<Statement> changed, Instant now) {
        changed.forEach(member -> member.updatedAt = now);
        return changed;
    }

    private static InvalidContent refused(String message) {
        return new InvalidContent("The statement cannot be linked as a translation.", List.of(new Violation("translationOf", message)));
    }
}
