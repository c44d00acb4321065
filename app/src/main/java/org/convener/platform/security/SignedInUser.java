package org.convener.platform.security;

import java.util.Collection;
import java.util.List;
import org.convener.platform.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in request. */
record SignedInUser(
        CurrentUser user,
        String passwordHash,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword,
        int sessionEpoch)
        implements UserDetails, CurrentUser.Principal, java.io.Serializable {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Without the hash, once signed in. */
    SignedInUser withoutPassword() {
        return new SignedInUser(user, "", enabled, locked, mustChangePassword, sessionEpoch);
    }
}
