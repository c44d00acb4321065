package org.convener.platform;

/**
 * A command whose options must be checked together (a range, an option one command requires): the
 * command line calls {@link #checkOptions()} right after parsing, before anything starts, and a
 * {@link picocli.CommandLine.ParameterException} it throws is a usage error (exit status 2).
 * Single values are better checked by a converter on the option itself.
 */
public interface OptionsCheck {

    void checkOptions();
}
