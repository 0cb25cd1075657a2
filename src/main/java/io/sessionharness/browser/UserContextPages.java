package io.sessionharness.browser;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.openqa.selenium.Capabilities;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.WindowType;

/**
 * {@link PageDriver} for one person who is a BiDi user context in a {@link SharedBrowser}: classic WebDriver commands
 * act on the session's one current window, so each runs under the shared browser's lock after switching to this
 * person's current tab; the tabs this person sees are those of their user context only.
 */
final class UserContextPages implements PageDriver {

    private final SharedBrowser shared;
    private final String userContext;
    private final PageDriver host;
    private volatile String current;

    UserContextPages(SharedBrowser shared, String userContext, PageDriver host, String firstTab) {
        this.shared = shared;
        this.userContext = userContext;
        this.host = host;
        this.current = firstTab;
    }

    private <T> T here(Callable<T> command) {
        return shared.locked(tab(), command);
    }

    private void here(Runnable command) {
        here(() -> {
            command.run();
            return null;
        });
    }

    @Override
    public void go(String url) {
        here(() -> host.go(url));
    }

    @Override
    public void back() {
        here(host::back);
    }

    @Override
    public String url() {
        return here(host::url);
    }

    @Override
    public String source() {
        return here(host::source);
    }

    @Override
    public byte[] screenshot() {
        return here(host::screenshot);
    }

    @Override
    public Object script(String source, Object... args) {
        return here(() -> host.script(source, args));
    }

    @Override
    public Object asyncScript(String source, Object... args) {
        return here(() -> host.asyncScript(source, args));
    }

    @Override
    public boolean present(String css) {
        return here(() -> host.present(css));
    }

    @Override
    public boolean shown(String css) {
        return here(() -> host.shown(css));
    }

    @Override
    public void click(String css) {
        here(() -> host.click(css));
    }

    @Override
    public void type(String css, String text) {
        here(() -> host.type(css, text));
    }

    @Override
    public String text(String css) {
        return here(() -> host.text(css));
    }

    @Override
    public List<String> values(String css) {
        return here(() -> host.values(css));
    }

    @Override
    public Set<Cookie> cookies() {
        return here(host::cookies);
    }

    @Override
    public void replaceCookie(Cookie cookie) {
        here(() -> host.replaceCookie(cookie));
    }

    @Override
    public String tab() {
        String handle = current;
        if (handle == null) {
            throw new NoSuchWindowException("this person's current tab was closed");
        }
        return handle;
    }

    @Override
    public Set<String> tabs() {
        return shared.handlesOf(userContext);
    }

    @Override
    public void switchToTab(String handle) {
        if (!tabs().contains(handle)) {
            throw new NoSuchWindowException("no window " + handle + " in this person's user context");
        }
        current = handle;
    }

    /** A new tab in this person's user context (always a tab: a user context's windows are the browser's). */
    @Override
    public String openTab(WindowType type) {
        current = shared.createTab(userContext);
        return current;
    }

    @Override
    public void closeTab() {
        here(() -> {
            host.closeTab();
            shared.forgetCurrentWindow();
        });
        current = null;
    }

    /** A command that reaches the browser (a Grid counts it as use), in this person's tab. */
    @Override
    public void touch() {
        here(host::touch);
    }

    @Override
    public Capabilities capabilities() {
        return shared.locked(null, host::capabilities);
    }

    @Override
    public void quit() {
        shared.remove(userContext);
        current = null;
    }
}
