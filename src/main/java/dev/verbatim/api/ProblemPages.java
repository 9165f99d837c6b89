package dev.verbatim.api;

/**
 * Problems told to a person rather than a program: where a request was for one of the web pages
 * (not the API), {@link ProblemMapper} answers its problem as an HTML page instead of problem+json.
 */
public interface ProblemPages {

    /** Whether a request for this raw path asked for a web page. */
    boolean isPage(String path);

    /** The HTML page that tells this problem. */
    String render(Problem problem);
}
