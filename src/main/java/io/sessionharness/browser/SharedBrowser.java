package io.sessionharness.browser;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.bidi.browsingcontext.BrowsingContext;
import org.openqa.selenium.bidi.browsingcontext.CreateContextParameters;
import org.openqa.selenium.bidi.module.BrowsingContextInspector;

/**
 * One running browser in which every person is a fresh WebDriver BiDi <em>user context</em>: a separate cookie jar,
 * cache and storage, started in about a quarter of the time of a new browser. People act through their own
 * {@link Browser}, whose pages are a {@link UserContextPages}: because classic WebDriver commands act on the session's
 * one current window, each of its commands runs under this browser's lock, after switching to that person's tab. The
 * server's answers are
 * recorded once and routed to the person whose user context the answering tab belongs to.
 */
public final class SharedBrowser implements AutoCloseable {

    private final Browser host;
    private final WebDriver driver;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final org.openqa.selenium.bidi.module.Browser contexts;
    private final Map<String, String> userContextOf = new ConcurrentHashMap<>();
    private final Map<String, NetworkLog> logs = new ConcurrentHashMap<>();
    private final BrowsingContextInspector inspector;
    private final NetworkRecorder recorder;
    private String switchedTo;

    SharedBrowser(Browser host) {
        this.host = host;
        this.driver = host.driver();
        this.contexts = new org.openqa.selenium.bidi.module.Browser(driver);
        this.inspector = new BrowsingContextInspector(driver);
        // Tabs a page opens itself (window.open, target=_blank) stay in their user context; learn which one.
        inspector.onBrowsingContextCreated(info -> {
            if (info.getUserContext() != null) {
                userContextOf.put(info.getId(), info.getUserContext());
            }
        });
        this.recorder = NetworkRecorder.attachRouted(driver, this::logOf, Clock.systemUTC());
    }

    /** A new person: a fresh user context with one tab, seen through a {@link Browser} of their own. */
    public Browser newPerson(String label) {
        String userContext = locked(null, contexts::createUserContext);
        NetworkLog log = new NetworkLog();
        logs.put(userContext, log);
        PageDriver pages = new UserContextPages(this, userContext, new WebDriverPages(driver), createTab(userContext));
        return Browser.inUserContext(label, pages, log, host.remote(), driver, userContext);
    }

    public Browser host() {
        return host;
    }

    String createTab(String userContext) {
        return locked(null, () -> {
            String id = new BrowsingContext(driver, new CreateContextParameters(WindowType.TAB).userContext(userContext)).getId();
            userContextOf.put(id, userContext);
            return id;
        });
    }

    Set<String> handlesOf(String userContext) {
        return locked(null, () -> driver.getWindowHandles().stream()
                .filter(handle -> userContext.equals(userContextOf.get(handle)))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
    }

    /** Runs one classic command for the person whose current tab is {@code handle} (null: no window needed). */
    <T> T locked(String handle, Callable<T> command) {
        lock.lock();
        try {
            if (handle != null && !handle.equals(switchedTo)) {
                driver.switchTo().window(handle);
                switchedTo = handle;
            }
            return command.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new WebDriverException(e);
        } finally {
            lock.unlock();
        }
    }

    /** After a classic close() the session has no current window until the next switch. */
    void forgetCurrentWindow() {
        switchedTo = null;
    }

    void remove(String userContext) {
        locked(null, () -> {
            try {
                contexts.removeUserContext(userContext);
            } finally {
                logs.remove(userContext);
                userContextOf.values().removeIf(userContext::equals);
                switchedTo = null;
            }
            return null;
        });
    }

    private Optional<NetworkLog> logOf(String browsingContext) {
        return Optional.ofNullable(browsingContext).map(userContextOf::get).map(logs::get);
    }

    @Override
    public void close() {
        try {
            recorder.close();
            inspector.close();
        } catch (RuntimeException e) {
            // the browser is going away; its subscriptions go with it
        }
        host.close();
    }
}
