package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * How far the index has followed the change feed. A position is numbered before it is committed:
 * one committed late must not be passed over while its grace lasts, and one that never comes is
 * passed once it is over.
 */
class FollowedPositionsTest {

    private static final long GRACE = 10;

    @Test
    void positionsTakenInOrderMoveThePosition() {
        FollowedPositions followed = new FollowedPositions(4);
        followed.take(5, 5);
        followed.take(6, 9);
        assertEquals(0, followed.advance(0, GRACE));
        assertEquals(9, followed.position());
        assertTrue(followed.taken(7));
        assertFalse(followed.taken(10));
    }

    @Test
    void aPositionCommittedLateIsWaitedForAndWhatFollowsItIsNotTakenAgain() {
        FollowedPositions followed = new FollowedPositions(4);
        followed.take(6, 6);
        followed.take(7, 8);
        assertEquals(0, followed.advance(0, GRACE));
        assertEquals(4, followed.position(), "5 is not committed yet: the feed is read again from 4");
        assertTrue(followed.taken(6) && followed.taken(8), "6 to 8 are not read from the database again");
        assertFalse(followed.taken(5));
        assertEquals(0, followed.advance(GRACE - 1, GRACE));
        assertEquals(4, followed.position());

        followed.take(5, 5);
        assertEquals(0, followed.advance(GRACE - 1, GRACE));
        assertEquals(8, followed.position());
    }

    @Test
    void aPositionThatNeverComesIsPassedOnceItsGraceIsOver() {
        FollowedPositions followed = new FollowedPositions(4);
        followed.take(7, 7);
        followed.advance(100, GRACE);
        assertEquals(4, followed.position());
        assertEquals(2, followed.advance(100 + GRACE, GRACE));
        assertEquals(7, followed.position());
    }

    @Test
    void aGapsGraceStartsWhenItIsFirstSeen() {
        FollowedPositions followed = new FollowedPositions(0);
        followed.take(2, 2);
        followed.advance(50, GRACE);
        followed.take(1, 1);
        followed.advance(55, GRACE);
        assertEquals(2, followed.position());
        followed.take(4, 4);
        followed.advance(58, GRACE);
        assertEquals(2, followed.position(), "a new gap waits its own grace");
        followed.advance(58 + GRACE, GRACE);
        assertEquals(4, followed.position());
    }

    @Test
    void rangesTakenOutOfOrderMergeAndWhatIsBehindThePositionIsIgnored() {
        FollowedPositions followed = new FollowedPositions(10);
        followed.take(3, 8);
        followed.take(20, 25);
        followed.take(14, 16);
        followed.take(17, 19);
        followed.take(12, 13);
        assertTrue(followed.taken(18) && followed.taken(25));
        followed.take(11, 11);
        followed.advance(0, GRACE);
        assertEquals(25, followed.position());
    }
}
