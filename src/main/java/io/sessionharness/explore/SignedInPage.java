package io.sessionharness.explore;

/**
 * What the page sign-in led to looked like, as the drafter tells a signed-in page from any other before the profile's
 * markers exist: no sign-in form (unlike it: a console's own profile form with the sign-in field's id does not count),
 * and a sign-out control or menu shown where it showed one — at its address ({@link #at}) or wherever an account lands
 * ({@link #anywhere}).
 */
record SignedInPage(String url, DraftPage page) {

    /** The page shown now is the signed-in page: its address, no sign-in form, its sign-out control or menu. */
    boolean at(DraftPage now) {
        return withoutQuery(now.url()).equals(withoutQuery(url)) && anywhere(now);
    }

    /** The page shown now is a signed-in page, whatever its address (another account may land elsewhere). */
    boolean anywhere(DraftPage now) {
        return !now.asksForSignInUnlike(page)
                && (page.signOutShown().isEmpty() || !now.signOutShown().isEmpty())
                && (page.toggles().isEmpty() || !now.toggles().isEmpty());
    }

    private static String withoutQuery(String address) {
        return address.replaceFirst("[?#].*$", "");
    }
}
