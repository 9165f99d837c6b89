package dev.verbatim.aggregator;

/** Runs the scenario's checks in order, one line each, and counts them. */
final class Checks {

    /** One check: throws when it fails, tells what it saw when it passes. */
    interface Check {
        String run() throws Exception;
    }

    private int passed;
    private int failed;

    void run(String name, Check check) {
        try {
            String detail = check.run();
            passed++;
            System.out.println("ok   java: " + name + ": " + detail);
        } catch (Exception | AssertionError e) {
            failed++;
            System.out.println("FAIL java: " + name + ": " + describe(e));
        }
    }

    int failed() {
        return failed;
    }

    String summary() {
        return "java: " + passed + " passed, " + failed + " failed";
    }

    static void expect(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    /** What an earlier check learnt; fails this one when that check did not get it. */
    static <T> T needs(T value, String what) {
        expect(value != null, "needs " + what + " from an earlier check");
        return value;
    }

    private static String describe(Throwable e) {
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return e.getCause() == null ? message : message + " (caused by " + describe(e.getCause()) + ")";
    }
}
