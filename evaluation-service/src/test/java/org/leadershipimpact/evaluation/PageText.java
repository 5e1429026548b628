package org.leadershipimpact.evaluation;

import java.util.regex.Pattern;

/** What a reader of an HTML page sees of it: its text, without tags, styles or SVG markup, entities read, spaces collapsed. */
final class PageText {

    private static final Pattern STYLE = Pattern.compile("<style.*?</style>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private PageText() {
    }

    static String of(String html) {
        String text = TAG.matcher(STYLE.matcher(html).replaceAll(" ")).replaceAll(" ");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&").replaceAll("\\s+", " ");
    }
}
