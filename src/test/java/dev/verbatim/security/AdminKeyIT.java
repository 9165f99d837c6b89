package dev.verbatim.security;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.search.PackagedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An admin key that could be guessed is refused at start, saying why. */
class AdminKeyIT {

    @Test
    void anAdminKeyShorterThan32CharactersStopsTheServerFromStarting() throws Exception {
        Path work = Files.createDirectories(Path.of(System.getProperty("verbatim.it.work")));
        Path data = Files.createTempDirectory(work, "short-key-");

        PackagedServer.Command start = PackagedServer.command(data, Map.of("VERBATIM_ADMIN_KEY", "change-me"));

        assertNotEquals(0, start.exit(), "the server must not start with a guessable admin key");
        String said = start.out() + start.err();
        assertTrue(said.contains("verbatim.admin.key") && said.contains("at least 32 characters"), said);
    }
}
