/**
 * The domain's failures, free of HTTP: every capability throws these and the web layer
 * ({@code api.ProblemMapper}) alone decides the status and the problem document. And the one event
 * every capability may observe, {@link dev.verbatim.domain.DataChanged}.
 */
package dev.verbatim.domain;
