package dev.verbatim.api;

import dev.verbatim.domain.Busy;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Reads the cache could not answer take turns: at most {@code verbatim.http.concurrency} are
 * rendered at once (twice the processors unless set), the others wait for a turn, first come first
 * served, for {@code verbatim.http.turn-wait} at most, after which they are refused ({@link Busy}:
 * 503 with Retry-After). Rendering a read is mostly processor work, the server's and the
 * database's (a few quick queries, then building and serialising the body); with more under way
 * than the processors can run, they only share the processors out, each takes longer, and the
 * slowest wait longest. The database too answers more with fewer at once: on 2 processors, over
 * 100,000 statements, PostgreSQL alone answered two to three times as many statements' queries a
 * second from 4 clients as from 32. Taking turns keeps the slowest reads near the median under
 * load, and answers more of them.
 *
 * <p>A turn is taken on the worker thread, once the read is routed to its resource, and given back
 * as soon as the body is rendered (the response filters, {@link HttpCaching}'s included, have run):
 * a body streamed afterwards (an export) holds no turn while it streams. It is also given back when
 * the exchange ends whatever happened, so that no failure can keep one: a read whose client left
 * while it waited gives its turn back as soon as it has it. Writes take no turn, and
 * neither do reads answered from the cache ({@link CachedReads}) or on the I/O thread, nor
 * reads answered from the search index, which take the searches' turns instead
 * ({@code verbatim.search.concurrency}).
 */
@ApplicationScoped
public class ReadTurns {

    private static final String HELD = ReadTurns.class.getName() + ".held";

    private final Semaphore turns;
    private final Duration wait;

    ReadTurns(HttpConfig config, MeterRegistry meters) {
        int count = config.concurrency().orElse(2 * Runtime.getRuntime().availableProcessors());
        this.turns = new Semaphore(count, true);
        this.wait = config.turnWait();
        Gauge.builder("verbatim.turns.waiting", turns, Semaphore::getQueueLength).tag("turns", "reads")
                .description("Reads waiting for a turn (more than a moment's: the server is saturated)").register(meters);
        Gauge.builder("verbatim.turns.taken", turns, free -> count - free.availablePermits()).tag("turns", "reads")
                .description("Reads being rendered, of verbatim.http.concurrency at most").register(meters);
    }

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public void take(ContainerRequestContext request, RoutingContext exchange, ResourceInfo resource) {
        if (!HttpCaching.isRead(request) || Context.isOnEventLoopThread() || isSearch(request, resource)) {
            return;
        }
        Turn turn = new Turn();
        exchange.put(HELD, turn);
        // Before waiting: a client that goes away while its read waits ends the exchange then, and
        // an end handler added after that would never run.
        exchange.addEndHandler(ended -> turn.end());
        try {
            Busy.takeTurn(turns, wait, "reads");
        } catch (Busy busy) {
            turn.end();
            throw busy;
        }
        if (!turn.begin() || exchange.response().ended() || exchange.response().closed()) {
            turn.end();
        }
    }

    /**
     * A read answered from the search index waits in the searches' own turns ({@code
     * LuceneSearch.inTurn}) instead: waiting there while holding one of these, a burst of searches
     * would hold every read behind it. It is one when its resource is {@link Searching}, or when
     * it asks for a search ({@code q}) or for facets, which only the index counts.
     */
    private static boolean isSearch(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(Searching.class)) {
            return true;
        }
        var parameters = request.getUriInfo().getQueryParameters();
        String q = parameters.getFirst("q");
        return q != null && !q.isBlank() || "true".equals(parameters.getFirst("facets"));
    }

    /** After every other response filter (they run from the highest priority down): the body is rendered by then. */
    @ServerResponseFilter(priority = Priorities.USER - 100)
    public void giveBack(RoutingContext exchange) {
        if (exchange.get(HELD) instanceof Turn turn) {
            turn.end();
        }
    }

    /**
     * One read's turn: waited for, then held, then over. Whichever comes first of the end of the
     * exchange and the end of rendering ends it; a turn that ends while it is still waited for is
     * given back as soon as it is had.
     */
    private final class Turn {

        private static final int WAITING = 0;
        private static final int HOLDING = 1;
        private static final int OVER = 2;
        private final AtomicInteger state = new AtomicInteger(WAITING);

        /** The turn is had: whether it is still wanted (if not, it was given back). */
        boolean begin() {
            if (state.compareAndSet(WAITING, HOLDING)) {
                return true;
            }
            turns.release();
            return false;
        }

        void end() {
            if (state.compareAndSet(HOLDING, OVER)) {
                turns.release();
            } else {
                state.compareAndSet(WAITING, OVER);
            }
        }
    }

    /** The turns themselves, for a test to hold one as a read would. */
    Semaphore turns() {
        return turns;
    }
}
