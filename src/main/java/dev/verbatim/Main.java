package dev.verbatim;

import dev.verbatim.api.MalformedUrls;
import dev.verbatim.ingest.ImportCommand;
import dev.verbatim.search.ReindexCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Starts the server, or with arguments runs one command-line task against the configured
 * database and exits: {@code import PATH}, {@code reindex}.
 */
@QuarkusMain
public class Main implements QuarkusApplication {

    @Inject
    ImportCommand importCommand;

    @Inject
    ReindexCommand reindexCommand;

    public static void main(String... args) {
        // VERBATIM_DATA_DIR may be a plain relative path such as "data", which H2 refuses in a URL: made absolute.
        String dataDir = System.getProperty("verbatim.data-dir", System.getenv("VERBATIM_DATA_DIR"));
        if (dataDir != null && !dataDir.isBlank()) {
            System.setProperty("verbatim.data-dir", Path.of(dataDir).toAbsolutePath().normalize().toString());
        }
        // A malformed URL is answered with a problem by api.MalformedUrls rather than with Vert.x's bare 400.
        System.setProperty(MalformedUrls.HTTP_LAYER_CHECK, "true");
        if (args.length > 0) {
            // A task neither listens for HTTP nor fills an empty database with the sample.
            System.setProperty("quarkus.http.host-enabled", "false");
            if (System.getenv("VERBATIM_SAMPLE_DATA") == null) {
                System.setProperty("verbatim.sample.data", "false");
            }
            // A task brings the index level with what it writes; catching up on the rest is the server's
            // job, at start and every reconcile-interval (a long import would otherwise compare the whole
            // index with the database every 10 minutes, for nothing).
            System.setProperty("verbatim.search.reconcile", "false");
            if (System.getenv("QUARKUS_LOG_LEVEL") == null) {
                System.setProperty("quarkus.log.level", "WARN");
            }
        }
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        return switch (args[0]) {
            case "import" -> importCommand.run(Arrays.copyOfRange(args, 1, args.length));
            case "reindex" -> reindexCommand.run(Arrays.copyOfRange(args, 1, args.length));
            default -> usage(args[0]);
        };
    }

    private static int usage(String command) {
        System.err.println("Unknown command '" + command + "'. Commands:\n"
                + "  (none)               start the server\n"
                + "  import PATH          import a directory of pages or an NDJSON file into the configured database\n"
                + ImportCommand.USAGE
                + ReindexCommand.USAGE);
        return 2;
    }
}
