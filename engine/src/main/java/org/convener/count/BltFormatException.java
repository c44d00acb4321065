package org.convener.count;

/** A ballot file that cannot be read, with where and why. */
public final class BltFormatException extends RuntimeException {

    private final String file;
    private final int line;
    private final String reason;

    public BltFormatException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** 1-based line number, or 0 when the problem is the file as a whole (such as an early end). */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
