package dev.verbatim.search;

import java.io.PrintStream;

/** A progress bar on a terminal; on anything else (a log, CI) a line every tenth of the way. */
public final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String unit;
    private final long total;
    private final boolean terminal;
    private int lastTenth = -1;

    public Progress(PrintStream out, String unit, long total, boolean terminal) {
        this.out = out;
        this.unit = unit;
        this.total = Math.max(total, 1);
        this.terminal = terminal;
    }

    public void at(long done) {
        int percent = (int) (100 * Math.min(done, total) / total);
        if (terminal) {
            int filled = WIDTH * percent / 100;
            out.printf("\r[%s%s] %3d%% %d/%d %s", "#".repeat(filled), ".".repeat(WIDTH - filled), percent, done, total, unit);
            if (done >= total) {
                out.println();
            }
        } else if (percent / 10 > lastTenth) {
            lastTenth = percent / 10;
            out.printf("%3d%% %d/%d %s%n", percent, done, total, unit);
        }
        out.flush();
    }
}
