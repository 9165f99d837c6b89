package dev.verbatim.search;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged jar run as a process of its own, as in production, for tests that must stop it the
 * hard way. Built by Maven's package phase; the failsafe plugin passes where it is.
 */
public final class PackagedServer implements AutoCloseable {

    static final String ADMIN_KEY = "it-admin-key-of-at-least-32-characters";

    private final Path dataDir;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> settings = new java.util.HashMap<>();
    private Process process;

    public PackagedServer(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /** An environment variable to start the server with, besides those every test needs. */
    public PackagedServer with(String name, String value) {
        settings.put(name, value);
        return this;
    }

    /** Where the server answers: http://127.0.0.1:PORT. */
    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the server and waits until it is ready. */
    public PackagedServer start() throws IOException, InterruptedException {
        ProcessBuilder builder = jar(dataDir)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        // A crash test reads back everything it wrote, faster than a client may.
        env.put("VERBATIM_RATE_LIMIT_ENABLED", "false");
        env.put("VERBATIM_ADMIN_KEY", ADMIN_KEY);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.putAll(settings);
        process = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped at start; see " + log + ":\n" + Files.readString(log));
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The server was not ready within 2 minutes; see " + log);
    }

    /** What a command-line task printed, and how it exited. */
    public record Command(int exit, String out, String err) {
    }

    /** Runs a command-line task of the packaged jar on this data directory, and waits for it to end. */
    public static Command command(Path dataDir, String... args) throws IOException, InterruptedException {
        return command(dataDir, Map.of(), args);
    }

    /** The same, with these environment variables besides. */
    public static Command command(Path dataDir, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dataDir.getParent(), "command", ".out");
        Path err = Files.createTempFile(dataDir.getParent(), "command", ".err");
        ProcessBuilder builder = jar(dataDir, args).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("The command did not end within 5 minutes: " + String.join(" ", args));
        }
        return new Command(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The packaged jar with these arguments, on this data directory and the database the build was made for. */
    private static ProcessBuilder jar(Path dataDir, String... args) {
        List<String> command = new ArrayList<>(List.of("java", "-jar", System.getProperty("verbatim.it.jar")));
        command.addAll(List.of(args));
        // From the data directory's parent, named as a user would type it: a plain relative path.
        ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.toAbsolutePath().getParent().toFile());
        Map<String, String> env = builder.environment();
        env.put("VERBATIM_DATA_DIR", dataDir.getFileName().toString());
        env.put("VERBATIM_SAMPLE_DATA", "false");
        String jdbc = System.getProperty("verbatim.it.jdbc-url", "");
        if (!jdbc.isBlank()) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbc);
            env.put("QUARKUS_DATASOURCE_USERNAME", System.getProperty("verbatim.it.db-user", "postgres"));
        }
        return builder;
    }

    /** Kills the process at once (SIGKILL), as a crash or a power cut would. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + ADMIN_KEY).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A DELETE with the admin key: a withdrawal. */
    public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + ADMIN_KEY).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any request, as the caller built it. */
    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
