package dev.verbatim.web;

import dev.verbatim.api.Problem;
import dev.verbatim.api.ProblemPages;
import jakarta.enterprise.context.ApplicationScoped;

/** Errors of the web pages as pages: what went wrong, in words, with the same status the API would give. */
@ApplicationScoped
class ErrorPages implements ProblemPages {

    @Override
    public boolean isPage(String path) {
        return WebPaths.isPage(path);
    }

    @Override
    public String render(Problem problem) {
        return Templates.error(new Views.Error(problem.status(), problem.title(), problem.detail(),
                problem.errors() == null ? java.util.List.of() : problem.errors())).render();
    }
}
