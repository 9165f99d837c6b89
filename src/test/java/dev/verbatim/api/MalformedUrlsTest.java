package dev.verbatim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a malformed URL is answered with: the parameter that holds the fault, or the path. */
class MalformedUrlsTest {

    private static Problem problem(String uri) {
        URISyntaxException e = assertThrows(URISyntaxException.class, () -> new URI(uri));
        return MalformedUrls.problem(uri, e);
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/statements?cursor=%%%garbage          | cursor",
            "/api/v1/statements?q=ok&lang=e%n               | lang",
            "/api/v1/statements?q=ok&&issuer=a%zz&limit=3   | issuer",
            "/api/v1/statements?q={sanctions}               | q",
            "/api/v1/statements?%zz                         | %zz",
            "/api/v1/statements?=%                          | (unnamed)",
            "/?q=a%2                                        | q" })
    void aFaultInTheQueryNamesItsParameter(String uri, String parameter) {
        Problem problem = problem(uri);
        assertEquals(400, problem.status());
        assertEquals("urn:verbatim:problem:invalid-parameter", problem.type());
        assertEquals(parameter, problem.errors().get(0).field());
        assertEquals(uri.substring(0, uri.indexOf('?')), problem.instance());
    }

    @ParameterizedTest(name = "{0} is an invalid URL")
    @CsvSource(delimiter = '|', value = {
            "/statements/%zz             | /statements/%zz",
            "/api/v1/statements/a b?q=x  | /api/v1/statements/a b",
            "/api/v1/%                   | /api/v1/%" })
    void aFaultInThePathIsAnInvalidUrl(String uri, String instance) {
        Problem problem = problem(uri);
        assertEquals(400, problem.status());
        assertEquals("urn:verbatim:problem:invalid-url", problem.type());
        assertEquals(instance, problem.instance());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'/api/v1/statements?q=\u0001x'  | /api/v1/statements",
            "'/statements/\u0007bell'       | /statements/?bell" })
    void whatIsEchoedHoldsNoControlCharacter(String uri, String instance) {
        assertEquals(instance, problem(uri).instance());
    }
}
