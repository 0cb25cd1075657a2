package io.sessionharness.browser;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsElement;

/**
 * One person's WebDriver inside a {@link SharedBrowser}: it sees only the windows of its user context, opens new tabs
 * there, and runs every command (and every command on what the commands return: elements, navigation, cookies)
 * under the shared lock after switching to its own current window.
 */
final class ContextView {

    private final SharedBrowser shared;
    private final String userContext;
    private final WebDriver real;
    private volatile String current;

    ContextView(SharedBrowser shared, String userContext, String firstTab) {
        this.shared = shared;
        this.userContext = userContext;
        this.real = shared.host().driver();
        this.current = firstTab;
    }

    WebDriver driver() {
        return (WebDriver) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {WebDriver.class, JavascriptExecutor.class, TakesScreenshot.class, HasCapabilities.class},
                this::onDriver);
    }

    private Object onDriver(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "getWindowHandles":
                return shared.handlesOf(userContext);
            case "getWindowHandle":
                return window();
            case "switchTo":
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {WebDriver.TargetLocator.class},
                        (p, m, a) -> onTargetLocator(proxy, m, a));
            case "quit":
                shared.remove(userContext);
                current = null;
                return null;
            case "close":
                shared.locked(window(), () -> {
                    real.close();
                    shared.forgetCurrentWindow();
                    return null;
                });
                current = null;
                return null;
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "user context " + userContext + " of " + real;
            default:
                return call(real, method, args, current);
        }
    }

    private Object onTargetLocator(Object driverProxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "window":
                String handle = (String) args[0];
                if (!shared.handlesOf(userContext).contains(handle)) {
                    throw new NoSuchWindowException("no window " + handle + " in this person's user context");
                }
                current = handle;
                return driverProxy;
            case "newWindow":
                current = shared.createTab(userContext);
                return driverProxy;
            default:
                return call(real.switchTo(), method, args, window());
        }
    }

    /** Runs {@code method} on {@code target} in {@code handle}'s window and wraps what it returns. */
    private Object call(Object target, Method method, Object[] args, String handle) throws Throwable {
        Object[] unwrapped = unwrap(args);
        Object result = shared.locked(handle, () -> {
            try {
                return method.invoke(target, unwrapped);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e.getCause());
            }
        });
        return wrap(result, method.getReturnType(), handle);
    }

    private Object wrap(Object result, Class<?> declared, String handle) {
        if (result == null) {
            return null;
        }
        if (result instanceof WebElement element) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {WebElement.class, WrapsElement.class},
                    (p, m, a) -> m.getName().equals("getWrappedElement") ? element : call(element, m, a, handle));
        }
        if (result instanceof List<?> list && list.stream().allMatch(WebElement.class::isInstance)) {
            return list.stream().map(item -> wrap(item, WebElement.class, handle)).toList();
        }
        if (declared.isInterface() && declared.getName().startsWith("org.openqa.selenium.")) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {declared}, (p, m, a) -> call(result, m, a, handle));
        }
        return result;
    }

    private static Object[] unwrap(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof WrapsElement wrapped && Proxy.isProxyClass(out[i].getClass())) {
                out[i] = wrapped.getWrappedElement();
            } else if (out[i] instanceof Object[] varargs) {
                out[i] = unwrap(varargs);
            }
        }
        return out;
    }

    private String window() {
        String handle = current;
        if (handle == null) {
            throw new NoSuchWindowException("this person's current tab was closed");
        }
        return handle;
    }
}
