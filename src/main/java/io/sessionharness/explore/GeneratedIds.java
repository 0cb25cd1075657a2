package io.sessionharness.explore;

import java.util.regex.Pattern;

/**
 * Ids a framework or build made up, which change with the next release or page load and so never become a selector:
 * long digit runs ({@code input-48213}), {@code random}, React's {@code :r1:}, PatternFly's {@code pf-…-<digits>},
 * {@code react-select-3-input}, counters of component libraries ({@code mui-7}, {@code mat-input-0}, {@code ember12},
 * {@code ui-id-3}), and hash-like parts ({@code login-a3f9c2}). The same pattern runs in the page (js/draft-page.js).
 */
final class GeneratedIds {

    /** Written for both Java and JavaScript: no possessive quantifiers, no lookbehind, no inline flags (case is ignored). */
    static final String SOURCE = "\\d{4,}|random|^:|:$|:[a-z][a-z0-9]*:|^pf-.*-\\d+$|^react-select-"
            + "|^(?:mui|mat|cdk|headlessui|radix|rc|ember|ui-id|ext-gen|yui|gwt-uid|j_id)[-_:]?\\d"
            + "|^(?:mui|mat|cdk|headlessui|radix)-"
            + "|(?:^|[-_])(?=[a-f0-9]*[0-9])(?=[a-f0-9]*[a-f])[a-f0-9]{6,}(?:$|[-_])";
    private static final Pattern PATTERN = Pattern.compile(SOURCE, Pattern.CASE_INSENSITIVE);

    private GeneratedIds() {
    }

    static boolean isGenerated(String id) {
        return PATTERN.matcher(id).find();
    }
}
