package io.sessionharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.testng.annotations.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The measure plot read back as XML: a row per round, each probe alive or ended, the declared and ceiling lines, the band. */
public class ProbePlotTest {

    @Test
    public void roundsProbesLinesAndTheBracketAreAllThere() throws Exception {
        String svg = new ProbePlot("Idle timeout: every probe at its idle age")
                .probe("ladder", Duration.ofSeconds(58), true).probe("ladder", Duration.ofSeconds(59), true)
                .probe("ladder", Duration.ofSeconds(61), false)
                .probe("round 1", Duration.ofSeconds(60), false)
                .declared(Duration.ofSeconds(60)).ceiling("OWASP ASVS 3.3.2 ≤ 30:00", Duration.ofMinutes(30))
                .measured(Duration.ofSeconds(59), Optional.of(Duration.ofSeconds(60))).render();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(count(doc, "//*[local-name()='g'][@class='row']")).isEqualTo(2);
        assertThat(count(doc, "//*[local-name()='g'][@class='row'][@data-row='ladder']/*[local-name()='g'][@class='probe alive']")).isEqualTo(2);
        assertThat(count(doc, "//*[local-name()='g'][@class='probe ended']")).isEqualTo(2);
        assertThat(text(doc, "//*[local-name()='g'][@class='line declared']/*[local-name()='text']")).isEqualTo("declared 1:00");
        assertThat(text(doc, "//*[local-name()='g'][@class='line ceiling']/*[local-name()='text']")).isEqualTo("OWASP ASVS 3.3.2 ≤ 30:00");
        assertThat(text(doc, "//*[local-name()='g'][@class='measured']/*[local-name()='text']")).isEqualTo("measured: alive after 59.0 s, ended by 1:00");
    }

    private static int count(Document doc, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET)).getLength();
    }

    private static String text(Document doc, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, doc);
    }
}
