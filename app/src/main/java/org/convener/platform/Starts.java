package org.convener.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says what a command needs started before it runs. A command without it, and without a parent
 * command that has it, gets {@link Startup#DATABASE}. A command that counts ballots from files, for
 * example, is declared {@code @Starts(Startup.NOTHING)} and runs without Spring or PostgreSQL.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Starts {
    Startup value();
}
