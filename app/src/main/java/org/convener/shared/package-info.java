/** The few pieces every module's web layer uses: page layout, number formats and htmx helpers. */
@org.springframework.modulith.ApplicationModule
package org.convener.shared;
