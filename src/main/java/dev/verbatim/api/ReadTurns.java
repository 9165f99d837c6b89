package dev.verbatim.api;

import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Reads the cache could not answer take turns: at most {@code verbatim.http.concurrency} are
 * rendered at once (four times the processors unless set), the others wait for a turn, first come
 * first served. Rendering a read is mostly processor work (a few quick queries, then building and
 * serialising the body); with more under way than the processors can run, they only share the
 * processors out, each takes longer, and the slowest wait longest. Taking turns keeps the slowest
 * reads near the median under load, and answers more of them.
 *
 * <p>A turn is taken on the worker thread, once the read is routed to its resource, and given back
 * as soon as the body is rendered (the response filters, {@link HttpCaching}'s included, have run):
 * a body streamed afterwards (an export) holds no turn while it streams. It is also given back when
 * the exchange ends whatever happened, so that no failure can keep one. Writes take no turn, and
 * neither do reads answered from the cache ({@link CachedReads}) or on the I/O thread.
 */
@ApplicationScoped
public class ReadTurns {

    private static final String HELD = ReadTurns.class.getName() + ".held";

    private final Semaphore turns;

    ReadTurns(HttpConfig config) {
        this.turns = new Semaphore(config.concurrency().orElse(4 * Runtime.getRuntime().availableProcessors()), true);
    }

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public void take(ContainerRequestContext request, RoutingContext exchange) {
        if (!isRead(request.getMethod()) || Context.isOnEventLoopThread()) {
            return;
        }
        turns.acquireUninterruptibly();
        AtomicBoolean held = new AtomicBoolean(true);
        exchange.put(HELD, held);
        exchange.addEndHandler(ended -> giveBack(held));
    }

    /** After every other response filter (they run from the highest priority down): the body is rendered by then. */
    @ServerResponseFilter(priority = Priorities.USER - 100)
    public void giveBack(RoutingContext exchange) {
        AtomicBoolean held = exchange.get(HELD);
        if (held != null) {
            giveBack(held);
        }
    }

    private void giveBack(AtomicBoolean held) {
        if (held.compareAndSet(true, false)) {
            turns.release();
        }
    }

    /** Turns free now: all of them when no read is being rendered. */
    int free() {
        return turns.availablePermits();
    }

    private static boolean isRead(String method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }
}
