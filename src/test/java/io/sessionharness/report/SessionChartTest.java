package io.sessionharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.testng.annotations.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The chart is read back as XML: its lanes, limit lines and labels are there, where they belong, and escaped. */
public class SessionChartTest {

    private static Duration s(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** Alice signs in, idles past the 8 s idle timeout and finds her session over; mallory replays it and gets nothing. */
    private static SessionChart idleExpiry(boolean alive) {
        SessionChart chart = new SessionChart("Sessions in IdleTimeoutScenarios <idle> & \"expiry\"", Optional.of(s(8)), Optional.of(s(20)), s(1));
        chart.signedIn("alice's browser", s(2));
        chart.visit("alice's browser", s(2.1), "signedIn", "signed in", true);
        chart.idle("alice's browser", s(2.2), s(11.4));
        chart.visit("alice's browser", s(11.5), alive ? "signedIn" : "expired", alive ? "signed in" : "expired page", alive);
        chart.visit("mallory's browser", s(12.5), "signedOut", "sign-in page", false);
        return chart;
    }

    @Test
    public void lanesBarsAndLimitsAreWhereTheTimesSay() throws Exception {
        Document svg = parse(idleExpiry(false).render(s(13)));
        assertThat(texts(svg, "//*[local-name()='g'][@class='lane']/*[local-name()='text'][@class='lane-label']"))
                .containsExactly("alice's browser", "mallory's browser");
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("960");
        assertThat(texts(svg, "//*[local-name()='title']")).containsExactly("Sessions in IdleTimeoutScenarios <idle> & \"expiry\"");
        // The idle limit: 8 s after the idle began at 2.2 s, its line at 10.2 s on an axis from 1 s (a second before the
        // first event) to 13 s, 680 px wide from x = 210.
        Element idleLine = (Element) node(svg, "//*[local-name()='g'][@class='limit idle-limit']/*[local-name()='line']");
        assertThat(Double.parseDouble(idleLine.getAttribute("x1"))).isCloseTo(210 + 680 * (10.2 - 1) / (13 - 1), org.assertj.core.data.Offset.offset(0.2));
        assertThat(texts(svg, "//*[local-name()='g'][@class='limit idle-limit']/*[local-name()='text']")).containsExactly("idle limit");
        assertThat(texts(svg, "//*[local-name()='g'][contains(@class,'session-ended')]/*[local-name()='text']")).containsExactly("ended: expired page");
        assertThat(texts(svg, "//*[local-name()='text'][@class='idle-label']")).containsExactly("idle 9.2 s");
        assertThat(nodes(svg, "//*[local-name()='rect'][@class='signed-in']").getLength()).as("one signed-in bar, closed by the expired page").isEqualTo(1);
        // The absolute limit (20 s after sign-in) lies beyond 1.5 × the scenario: named, not drawn.
        assertThat(nodes(svg, "//*[local-name()='g'][@class='limit absolute-limit']").getLength()).isZero();
        assertThat(texts(svg, "//*[local-name()='text'][@class='beyond']")).singleElement().asString().contains("absolute limit at 22.0 s (alice's browser)");
    }

    @Test
    public void aBrowserAndItsFirstTabAreOneLaneBeforeTheSecondTab() throws Exception {
        SessionChart chart = new SessionChart("tabs", Optional.empty(), Optional.empty(), s(1));
        chart.visit("alice's browser", s(1), "signedIn", "signed in", true);
        chart.visit("alice's browser, tab 2", s(3), "signedIn", "signed in", true);
        chart.visit("alice's browser, tab 1", s(4), "signedOut", "sign-in page", false);
        Document svg = parse(chart.render(s(5)));
        assertThat(texts(svg, "//*[local-name()='g'][@class='lane']/*[local-name()='text'][@class='lane-label']"))
                .containsExactly("alice's browser, tab 1", "alice's browser, tab 2");
        assertThat(texts(svg, "//*[local-name()='g'][@data-lane=\"alice's browser, tab 1\"]//*[local-name()='text'][@class='visit-label']"))
                .containsExactly("signed in", "ended: sign-in page");
    }

    @Test
    public void aSessionAliveBeyondTheIdleLineShowsItsAliveMarkerThere() throws Exception {
        Document svg = parse(idleExpiry(true).render(s(13)));
        Element idleLine = (Element) node(svg, "//*[local-name()='g'][@class='limit idle-limit']/*[local-name()='line']");
        NodeList alive = nodes(svg, "//*[local-name()='g'][@class='visit state-signedIn']/*[local-name()='circle']");
        double last = Double.parseDouble(((Element) alive.item(alive.getLength() - 1)).getAttribute("cx"));
        assertThat(last).as("the last signed-in marker lies right of the idle limit line").isGreaterThan(Double.parseDouble(idleLine.getAttribute("x1")));
        assertThat(nodes(svg, "//*[local-name()='g'][contains(@class,'session-ended')]").getLength()).as("nothing ended alice's session").isZero();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static NodeList nodes(Document svg, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, svg, XPathConstants.NODESET);
    }

    private static org.w3c.dom.Node node(Document svg, String xpath) throws Exception {
        NodeList found = nodes(svg, xpath);
        assertThat(found.getLength()).as(xpath).isEqualTo(1);
        return found.item(0);
    }

    private static List<String> texts(Document svg, String xpath) throws Exception {
        NodeList found = nodes(svg, xpath);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            texts.add(found.item(i).getTextContent());
        }
        return texts;
    }
}
