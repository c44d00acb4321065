package org.convener.polls.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.convener.engine.Party;
import org.convener.engine.ShareVector;
import org.convener.engine.SwingModel;
import org.convener.engine.Uncertainty;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks of the projection commands' option values, made while the arguments are parsed so that a
 * bad value is a usage error before anything starts. Picocli names the option in front of each
 * message. Where the engine has the rule (shares, models, parties), its own check is used.
 */
final class OptionValues {

    private OptionValues() {}

    /** GB shares such as {@code Con=18,Lab=22}, kept as typed. */
    static final class Shares implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                ShareVector.parse(value);
                return value;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A model's code: uns, ps, tm or stm. */
    static final class Model implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return SwingModel.ofCode(value).code();
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** An error's standard deviation in points, from 0 to 50. */
    static final class Points implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double points = number(value, "a number of points from 0 to 50");
            try {
                new Uncertainty(points / 100, 0, 0);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a number of points from 0 to 50");
            }
            return points;
        }
    }

    /** A number of simulations; how many may be run is the projections' rule, checked when they run. */
    static final class Sims implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int sims = Integer.parseInt(value.trim().replace(",", "").replace("_", ""));
                if (sims >= 1) {
                    return sims;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException(
                    "'" + value + "' is not a number of simulations: give a whole number, 1 or more");
        }
    }

    /** A GB share in percent, from 0 to 100. */
    static final class Percent implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double percent = number(value, "a percentage from 0 to 100");
            if (percent < 0 || percent > 100) {
                throw new TypeConversionException("'" + value + "' is not a percentage from 0 to 100");
            }
            return percent;
        }
    }

    /** A party that GB projections model, by its House of Commons Library code. */
    static final class GbParty implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return party(value.trim()).code();
        }
    }

    /** Comma-separated parties that GB projections model. */
    static final class GbParties implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return Arrays.stream(value.split(","))
                    .map(code -> party(code.trim()).code())
                    .collect(Collectors.joining(","));
        }
    }

    static Party party(String code) {
        Party party = Party.ofCode(code).orElse(null);
        if (party == null || !Party.GB_MODEL.contains(party)) {
            throw new TypeConversionException("'" + code + "' is not a party of the GB projection; use "
                    + Party.GB_MODEL.stream().map(Party::code).collect(Collectors.joining(", ")));
        }
        return party;
    }

    private static double number(String value, String expected) {
        try {
            double number = Double.parseDouble(value.trim());
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new TypeConversionException("'" + value + "' is not " + expected);
    }
}
