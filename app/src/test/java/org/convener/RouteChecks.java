package org.convener;

import org.springframework.context.ApplicationContext;

/**
 * A module's rows of the route table. {@code RouteAccessTest} finds every implementation on the
 * test class path, so a new module adds its routes in a class of its own. Each runs with the
 * demonstration loaded; an implementation needs a public no-argument constructor.
 */
public interface RouteChecks {

    void describe(RouteTable table, ApplicationContext beans);
}
