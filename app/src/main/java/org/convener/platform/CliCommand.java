package org.convener.platform;

/**
 * A top-level command of {@code ./convener}. A module contributes one by writing a class that
 * implements this and carries picocli's {@code @Command}, and listing it in
 * {@code META-INF/convener/commands}. Its constructor takes the beans it needs: they are created
 * only when the command runs, after its arguments have been parsed and checked, so that help and
 * usage errors answer at once. {@link Starts} says when it needs less than the database.
 */
public interface CliCommand {}
