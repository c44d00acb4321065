package org.convener.seats.cli;

import org.convener.platform.CliCommand;
import picocli.CommandLine.Command;

@Command(
        name = "seats",
        mixinStandardHelpOptions = true,
        description = "Seat intelligence from the official results.",
        subcommands = SeatsSummaryCommand.class)
class SeatsCommand implements CliCommand {}
