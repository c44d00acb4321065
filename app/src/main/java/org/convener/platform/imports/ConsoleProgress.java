package org.convener.platform.imports;

import java.io.PrintWriter;

/**
 * Progress on a terminal: a line per stage and, when the output is interactive, a bar redrawn
 * in place.
 */
public final class ConsoleProgress implements ImportProgress {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean interactive;
    private int lastPercent = -1;

    public ConsoleProgress(PrintWriter out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    @Override
    public void dataset(int index, int total, Dataset dataset) {
        endBar();
        out.println("[" + index + "/" + total + "] " + dataset.id() + " · " + dataset.title());
        out.flush();
    }

    @Override
    public void stage(String description) {
        endBar();
        out.println("      " + description);
        out.flush();
    }

    @Override
    public void advance(long done, long total) {
        if (!interactive || total <= 0) {
            return;
        }
        int percent = (int) (100 * done / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = WIDTH * percent / 100;
        out.print("\r    [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%");
        out.flush();
    }

    /** Leaves the bar's line, if one is drawn. */
    public void endBar() {
        if (lastPercent >= 0) {
            out.print("\r" + " ".repeat(WIDTH + 12) + "\r");
            out.flush();
            lastPercent = -1;
        }
    }
}
