package nl.industriemonitor.admin;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Restores an administrator from the encrypted session cookie, as long as that name is still
 * configured: removing an administrator ends their sessions at the next request.
 */
@ApplicationScoped
public class AdminSessionProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    AdminUsers users;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String name = request.getPrincipal();
        if (!users.isConfigured(name)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("no longer an administrator"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name))
                .addRole(AdminIdentityProvider.ROLE).build());
    }
}
