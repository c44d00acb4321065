package org.convener.platform;

/** What the command line starts before it runs a command (see {@link Starts}). */
public enum Startup {
    /** Nothing: the command reads files or its options only, and is made with its no-argument constructor. */
    NOTHING,
    /** The database and the beans the command's constructor asks for, and nothing else. */
    DATABASE,
    /** The whole web application. */
    WEB_APPLICATION
}
