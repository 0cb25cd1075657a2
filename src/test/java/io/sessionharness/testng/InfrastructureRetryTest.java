package io.sessionharness.testng;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.NoSuchSessionException;
import org.testng.annotations.Test;

/** Only infrastructure is tried again: never a verdict, a failed sign-in or a profile that does not fit the site. */
public class InfrastructureRetryTest {

    @Test
    public void aLostBrowserIsTriedAgain() {
        assertThat(InfrastructureRetry.worthRetrying(new NoSuchSessionException("the browser has closed the connection"))).isTrue();
    }

    @Test
    public void aVerdictIsNeverTriedAgain() {
        assertThat(InfrastructureRetry.worthRetrying(new AssertionError("The session outlived its declared limit"))).isFalse();
        assertThat(InfrastructureRetry.worthRetrying(null)).isFalse();
    }

    @Test
    public void aFailedSignInOrAnUndescribedPageIsNotTriedAgain() {
        assertThat(InfrastructureRetry.worthRetrying(new IllegalStateException("alice could not sign in as qa1: the form came back"
                + " with 'Wrong username or password.'"))).as("a wrong password tried again can lock the account").isFalse();
        assertThat(InfrastructureRetry.worthRetrying(new IllegalStateException("Profile or site? The page matches no marker")))
                .as("the profile does not change between tries").isFalse();
    }
}
