package io.sessionharness.browser;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;

import io.sessionharness.site.Selector;

/**
 * A profile's selector as WebDriver finds it: CSS as it is; a role and name through the browser's own computed role
 * and accessible name (W3C "Get Computed Role/Label"), after a script has narrowed the page to the elements whose text
 * or label holds the name; a text as the innermost elements that show it.
 */
public final class Locators {

    /** Elements whose own label sources hold the name: the few whose role and accessible name WebDriver is asked for. */
    private static final String NAME_CANDIDATES = PageScripts.load("role-candidates.js");
    /** The innermost elements whose rendered text holds the text. */
    private static final String TEXT_HOLDERS = PageScripts.load("text-holders.js");

    private Locators() {
    }

    /** The {@link By} that finds what {@code selector} (CSS, role or text form) names. */
    public static By by(String selector) {
        Optional<Selector.Role> role = Selector.roleOf(selector);
        if (role.isPresent()) {
            return new ByRole(role.get());
        }
        Optional<String> text = Selector.textOf(selector);
        return text.<By>map(ByText::new).orElseGet(() -> By.cssSelector(selector));
    }

    private static String normal(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static List<WebElement> run(SearchContext context, String script, String argument) {
        JavascriptExecutor js = context instanceof JavascriptExecutor own ? own : (JavascriptExecutor) ((WrapsDriver) context).getWrappedDriver();
        Object found = js.executeScript(script, argument);
        return found instanceof List<?> list ? (List<WebElement>) list : List.of();
    }

    /** {@code role=button[name="Sign out"]}: the computed role equal, the accessible name equal (space and case aside). */
    private static final class ByRole extends By {
        private final Selector.Role role;

        ByRole(Selector.Role role) {
            this.role = role;
        }

        @Override
        public List<WebElement> findElements(SearchContext context) {
            String name = normal(role.name());
            return run(context, NAME_CANDIDATES, role.name()).stream().filter(e -> has(e, name)).toList();
        }

        /** An element gone from the page since the script found it (a page still drawing) is not the one. */
        private boolean has(WebElement element, String name) {
            try {
                return role.role().equals(element.getAriaRole()) && name.equals(normal(element.getAccessibleName()));
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return false;
            }
        }

        @Override
        public String toString() {
            return Selector.role(role.role(), role.name());
        }
    }

    /** {@code text="Do you want to log out?"}: the innermost elements whose rendered text holds it. */
    private static final class ByText extends By {
        private final String text;

        ByText(String text) {
            this.text = text;
        }

        @Override
        public List<WebElement> findElements(SearchContext context) {
            return run(context, TEXT_HOLDERS, text);
        }

        @Override
        public String toString() {
            return Selector.text(text);
        }
    }
}
