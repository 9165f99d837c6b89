package dev.verbatim.search;

import dev.verbatim.statement.ListParams;
import dev.verbatim.statement.ListRequest;
import dev.verbatim.api.Page;
import dev.verbatim.api.Problem;
import dev.verbatim.api.ProblemException;
import dev.verbatim.statement.QaCitation;
import dev.verbatim.statement.StatementService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Searching single Q&A pairs, to cite the very answer that says something. */
@ApplicationScoped
public class QaSearch {

    private final LuceneSearch search;
    private final StatementService statements;

    public QaSearch(LuceneSearch search, StatementService statements) {
        this.search = search;
        this.statements = statements;
    }

    /** A page of pairs matching the parameters, searched in {@code in}: question, answer, or both when null. */
    public Page<QaCitation> find(ListParams params, String in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ListRequest request = null;
        try {
            request = params.parse();
        } catch (ProblemException.InvalidParameters e) {
            errors.addAll(e.errors());
        }
        List<String> fields = fields(in, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException.InvalidParameters(errors);
        }
        ListRequest parsed = request;
        return search.inTurn(() -> statements.citations(search.pairs(parsed, fields)));
    }

    private static List<String> fields(String in, List<Problem.FieldError> errors) {
        if (in == null) {
            return List.of(Fields.QUESTION, Fields.ANSWER);
        }
        return switch (in) {
            case "question" -> List.of(Fields.QUESTION);
            case "answer" -> List.of(Fields.ANSWER);
            default -> {
                errors.add(new Problem.FieldError("in", "must be question or answer; leave it out to search both"));
                yield List.of();
            }
        };
    }
}
