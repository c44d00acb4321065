/** Sign-in, sessions and personal API tokens: who a request acts as, and how often it may ask. */
@org.springframework.modulith.NamedInterface("security")
package org.convener.platform.security;
