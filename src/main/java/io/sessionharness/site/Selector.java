package io.sessionharness.site;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sessionharness.config.ProfileNode;

/**
 * How a profile names an element, in the three forms a person would: a CSS selector ({@code "#logout"}); a control's
 * role and accessible name ({@code {role: button, name: "Sign out"}}), resolved through WebDriver's computed role and
 * label as Playwright's {@code getByRole} and Testing Library's queries do; or its visible text ({@code {text: "Do you
 * want to log out?"}}). Generated ids and positional CSS break on the next release of someone else's site; the role,
 * the name and the text are what stay. Inside the harness each is one string: CSS as written, {@code
 * role=button[name="Sign out"]}, {@code text="Do you want to log out?"} — forms no CSS selector can take.
 */
public final class Selector {

    /** WAI-ARIA 1.2 roles and the HTML-AAM roles browsers compute for plain elements (generic, paragraph, …). */
    public static final Set<String> ROLES = Set.of("alert", "alertdialog", "application", "article", "banner", "blockquote", "button",
            "caption", "cell", "checkbox", "code", "columnheader", "combobox", "complementary", "contentinfo", "definition", "deletion",
            "dialog", "directory", "document", "emphasis", "feed", "figure", "form", "generic", "grid", "gridcell", "group", "heading",
            "img", "image", "insertion", "link", "list", "listbox", "listitem", "log", "main", "marquee", "math", "menu", "menubar",
            "menuitem", "menuitemcheckbox", "menuitemradio", "meter", "navigation", "none", "note", "option", "paragraph", "presentation",
            "progressbar", "radio", "radiogroup", "region", "row", "rowgroup", "rowheader", "scrollbar", "search", "searchbox",
            "separator", "slider", "spinbutton", "status", "strong", "subscript", "superscript", "switch", "tab", "table", "tablist",
            "tabpanel", "term", "textbox", "time", "timer", "toolbar", "tooltip", "tree", "treegrid", "treeitem");
    private static final Pattern ROLE_FORM = Pattern.compile("role=([a-z]+)\\[name=\"((?:[^\"\\\\]|\\\\.)*)\"\\]");
    private static final Pattern TEXT_FORM = Pattern.compile("text=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Selector() {
    }

    /** A control found by its role and accessible name. */
    public record Role(String role, String name) {
    }

    /**
     * The element under {@code key}: a CSS string, or a mapping {@code {role, name}} or {@code {text}}. One problem
     * line for a role WebDriver does not know, an empty name, or a text of one character.
     */
    public static Optional<String> read(ProfileNode parent, String key) {
        if (!parent.isMap(key)) {
            return parent.optionalString(key);
        }
        ProfileNode node = parent.requiredChild(key).known("role", "name", "text");
        Optional<String> text = node.optionalString("text");
        Optional<String> role = node.optionalString("role");
        if (text.isPresent() == role.isPresent()) {
            throw node.problem("", "needs either {role, name} or {text}");
        }
        if (text.isPresent()) {
            if (text.get().strip().length() < 2) {
                throw node.problem("text", "is too short to find an element by (\"" + text.get() + "\"): give at least two characters");
            }
            return Optional.of(text(text.get().strip()));
        }
        if (!ROLES.contains(role.get())) {
            throw node.problem("role", "'" + role.get() + "' is not a role WebDriver computes (WAI-ARIA 1.2: button, link, menuitem, heading, textbox, …)");
        }
        String name = node.optionalString("name").map(String::strip).orElse("");
        if (name.isEmpty()) {
            throw node.problem("name", "is required with role and cannot be empty: the accessible name, e.g. \"Sign out\"");
        }
        return Optional.of(role(role.get(), name));
    }

    public static String role(String role, String name) {
        return "role=" + role + "[name=\"" + quote(name) + "\"]";
    }

    public static String text(String text) {
        return "text=\"" + quote(text) + "\"";
    }

    /** The role and name of a {@code role=…[name="…"]} selector. */
    public static Optional<Role> roleOf(String selector) {
        Matcher m = ROLE_FORM.matcher(selector);
        return m.matches() ? Optional.of(new Role(m.group(1), unquote(m.group(2)))) : Optional.empty();
    }

    /** The text of a {@code text="…"} selector. */
    public static Optional<String> textOf(String selector) {
        Matcher m = TEXT_FORM.matcher(selector);
        return m.matches() ? Optional.of(unquote(m.group(1))) : Optional.empty();
    }

    /** True for a plain CSS selector (what jsoup and {@code querySelector} can check). */
    public static boolean isCss(String selector) {
        return roleOf(selector).isEmpty() && textOf(selector).isEmpty();
    }

    /** The selector as a profile writes it: CSS quoted, the other forms as a flow mapping. */
    public static String yaml(String selector) {
        Optional<Role> role = roleOf(selector);
        if (role.isPresent()) {
            return "{ role: " + role.get().role() + ", name: " + TargetProfiles.quoted(role.get().name()) + " }";
        }
        return textOf(selector).map(t -> "{ text: " + TargetProfiles.quoted(t) + " }").orElseGet(() -> TargetProfiles.quoted(selector));
    }

    private static String quote(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String unquote(String value) {
        return value.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
