package dev.verbatim.aggregator;

import dev.verbatim.client.ApiClient;
import dev.verbatim.client.ApiResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an aggregator does with the generated Java client, one check a line, against the server at
 * VERBATIM_URL: read a day, statements and pairs, harvest every page, search, follow the change feed and
 * the export, then write with VERBATIM_ADMIN_KEY: create, replace (and be refused with a stale ETag),
 * withdraw, and read problems as typed errors. Exits 1 when a check fails.
 */
public final class Scenario {

    private Scenario() {
    }

    public static void main(String[] args) {
        String baseUrl = System.getenv().getOrDefault("VERBATIM_URL", "http://localhost:8080");
        String adminKey = System.getenv("VERBATIM_ADMIN_KEY");
        ApiClient readerClient = client(baseUrl);
        ApiClient writerClient = client(baseUrl);
        if (adminKey != null) {
            writerClient.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + adminKey));
        }
        Harvest harvest = new Harvest(readerClient);
        Editing editing = new Editing(readerClient, writerClient, harvest);

        System.out.println("java: scenario against " + baseUrl);
        Checks checks = new Checks();
        checks.run("list a date", harvest::listADay);
        checks.run("fetch each statement of the date", harvest::fetchStatements);
        checks.run("fetch a Q&A pair", harvest::fetchAPair);
        checks.run("page to the end by cursor", harvest::pageToTheEnd);
        checks.run("search statements with highlights and facets", harvest::searchStatements);
        checks.run("search Q&A pairs with highlights and facets", harvest::searchPairs);
        checks.run("read the change feed to its end", harvest::readTheChangeFeed);
        checks.run("read the NDJSON export", harvest::readTheExport);
        checks.run("create a statement", editing::createAStatement);
        checks.run("replace it with its ETag", editing::replaceIt);
        checks.run("replace it with a stale ETag: 412", editing::replaceItStale);
        checks.run("withdraw it", editing::withdrawIt);
        checks.run("the change feed shows the three writes", editing::followTheWrites);
        checks.run("read a problem as a typed error", editing::readAProblem);
        System.out.println(checks.summary());
        if (checks.failed() > 0) {
            System.exit(1);
        }
    }

    private static ApiClient client(String baseUrl) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        client.setConnectTimeout(Duration.ofSeconds(10));
        client.setReadTimeout(Duration.ofSeconds(60));
        return client;
    }

    /** A response header by name, in any case; null when absent. */
    static String header(ApiResponse<?> response, String name) {
        for (Map.Entry<String, List<String>> entry : response.getHeaders().entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }
}
