package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebPathsTest {

    @ParameterizedTest(name = "{0}: a page? {1}")
    @CsvSource({ "/, true", "/2022/07/18, true", "/statements/x, true", "/apiary, true", "/qualms, true", "/favicon.ico, true",
            "/api, false", "/api/, false", "/api/v1/statements, false", "/q, false", "/q/health/ready, false" })
    void everythingButTheApiAndTheServersOwnEndpointsIsAPage(String path, boolean page) {
        assertEquals(page, WebPaths.isPage(path));
    }
}
