package io.sessionharness.measure;

import java.time.Duration;

/**
 * What one probe found: alive or ended, after the idle it really had — measured from the session's last contact
 * with the site, not the idle it was planned to have (a slow machine makes a probe idle longer than planned; its
 * answer is still true, at the idle it really had).
 */
public record ProbeAnswer(boolean alive, Duration idled) {
}
