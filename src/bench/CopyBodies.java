import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Saves the body of PREFIX + name as DIR/name for each name read from standard input, eight
 * requests at a time, so that nginx can serve the very bytes the server answered. Fails when any
 * answer is not a 200.
 *
 * Usage: java src/bench/CopyBodies.java URL-PREFIX DIR < names
 */
public class CopyBodies {

    public static void main(String[] args) throws Exception {
        String prefix = args[0];
        Path dir = Path.of(args[1]);
        List<String> names = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines()
                .filter(line -> !line.isBlank()).toList();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Semaphore inFlight = new Semaphore(8);
        AtomicInteger failed = new AtomicInteger();
        CompletableFuture<?>[] all = new CompletableFuture<?>[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            inFlight.acquire();
            all[i] = client.sendAsync(HttpRequest.newBuilder(URI.create(prefix + name)).build(),
                            HttpResponse.BodyHandlers.ofFile(dir.resolve(name)))
                    .whenComplete((response, error) -> {
                        inFlight.release();
                        if (error != null || response.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    });
        }
        CompletableFuture.allOf(all).exceptionally(error -> null).join();
        if (failed.get() > 0) {
            System.err.println(failed.get() + " of " + names.size() + " could not be copied");
            System.exit(1);
        }
    }
}
