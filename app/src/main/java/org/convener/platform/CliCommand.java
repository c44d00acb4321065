package org.convener.platform;

/**
 * A top-level command of {@code ./convener}. A module contributes one by declaring a Spring bean
 * that implements this and carries picocli's {@code @Command}.
 */
public interface CliCommand {}
