package dev.verbatim.search;

import java.util.Map;
import java.util.TreeMap;

/**
 * How far the index has followed the change feed: every change up to {@link #position()} is taken
 * in, and some beyond it may be too (written here and taken in from the write itself, or read past
 * a gap). A gap is a position not seen yet while later ones are: a change numbered before it was
 * committed after it, or rolled back. It is waited for {@code grace} and then passed; until then the
 * feed is read again from the position, and what was taken beyond it is not taken again.
 * Not thread-safe: its follower guards it.
 */
final class FollowedPositions {

    private long position;
    /** Ranges of positions taken beyond {@link #position}, from their first to their last. */
    private final TreeMap<Long, Long> beyond = new TreeMap<>();
    private long gapSeenAt;
    private boolean inGap;

    FollowedPositions(long position) {
        this.position = position;
    }

    long position() {
        return position;
    }

    boolean taken(long at) {
        if (at <= position) {
            return true;
        }
        Map.Entry<Long, Long> range = beyond.floorEntry(at);
        return range != null && range.getValue() >= at;
    }

    /** Positions from {@code first} to {@code last} are taken in. */
    void take(long first, long last) {
        if (last <= position) {
            return;
        }
        long from = Math.max(first, position + 1);
        long to = last;
        Map.Entry<Long, Long> before = beyond.floorEntry(from);
        if (before != null && before.getValue() >= from - 1) {
            from = before.getKey();
            to = Math.max(to, before.getValue());
        }
        for (Map.Entry<Long, Long> after = beyond.ceilingEntry(from); after != null && after.getKey() <= to + 1;
                after = beyond.ceilingEntry(from)) {
            to = Math.max(to, after.getValue());
            beyond.remove(after.getKey());
        }
        beyond.put(from, to);
    }

    /**
     * Moves the position over what is taken right after it; past a gap once it has been seen for
     * longer than {@code graceNanos}. Returns how many positions a gap passed made it skip (0 mostly).
     */
    long advance(long nowNanos, long graceNanos) {
        long skipped = 0;
        while (!beyond.isEmpty()) {
            Map.Entry<Long, Long> first = beyond.firstEntry();
            if (first.getKey() > position + 1) {
                if (!inGap) {
                    inGap = true;
                    gapSeenAt = nowNanos;
                }
                if (nowNanos - gapSeenAt < graceNanos) {
                    return skipped;
                }
                skipped += first.getKey() - position - 1;
            }
            inGap = false;
            position = first.getValue();
            beyond.pollFirstEntry();
        }
        inGap = false;
        return skipped;
    }
}
