package org.compendium.core.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compendium.core.kernel.LineIndex;
import org.compendium.core.model.LinkTarget;
import org.compendium.core.parse.AnchorAssigner;
import org.compendium.core.parse.DocumentAnchors;
import org.compendium.core.parse.MarkdownParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkClassifierTest {
    private static final String MD = "**第一条** 甲\n\n**第二条** 乙\n";
    private final DocumentAnchors anchors = AnchorAssigner.assign(new MarkdownParser().parse(MD, 0), new LineIndex(MD));
    private final LinkClassifier classifier = new LinkClassifier(
            Map.of("policies/2019/xm-2019-12.md", "xm-2019-12", "interpretations/jd-1.md", "jd-1"),
            Map.of("xm-2019-12", anchors, "jd-1", anchors),
            Set.of("policies/2020/failed.md"), Set.of("assets/images/flow.svg", "assets/附件1.pdf"));

    private LinkClassifier.Result link(String url) {
        return classifier.link(url, "interpretations/jd-1.md", "jd-1");
    }

    private static String problem(LinkClassifier.Result r) {
        assertTrue(r instanceof LinkClassifier.Result.Problem, String.valueOf(r));
        return ((LinkClassifier.Result.Problem) r).message();
    }

    @Test
    void relativeLinkWithAnchorIsACrossReference() {
        assertEquals(new LinkClassifier.Result.Target(new LinkTarget.DocumentRef("xm-2019-12", "art-2")),
                link("../policies/2019/xm-2019-12.md#art-2"));
    }

    @Test
    void sameDocumentFragment() {
        assertEquals(new LinkClassifier.Result.Target(new LinkTarget.DocumentRef("jd-1", "art-1")), link("#art-1"));
    }

    @Test
    void percentEncodedAssetNames() {
        assertEquals(new LinkClassifier.Result.Target(new LinkTarget.Asset("assets/附件1.pdf")),
                link("../assets/%E9%99%84%E4%BB%B61.pdf"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../policies/2019/xm-2019-12.md#art-9|broken anchor [#art-9] in link to policies/2019/xm-2019-12.md; did you mean [art-1]?",
            "../policies/2019/xm-2019-13.md|broken link [../policies/2019/xm-2019-13.md]: no such document policies/2019/xm-2019-13.md; did you mean [policies/2019/xm-2019-12.md]?",
            "../../../etc/passwd|link points outside the content folder [../../../etc/passwd]",
            "javascript:alert(1)|unsupported link scheme [javascript:]",
            "JavaScript:alert(1)|unsupported link scheme [javascript:]",
            "data:text/html;base64,PHNjcmlwdD4=|unsupported link scheme [data:]",
            "file:///etc/passwd|unsupported link scheme [file:]",
            "../compendium.yaml|broken link [../compendium.yaml]: no such document compendium.yaml"})
    void brokenOrUnsafeLinks(String url, String message) {
        assertTrue(problem(link(url)).startsWith(message), problem(link(url)));
    }

    @Test
    void imagesMustBeLocalAssets() {
        assertTrue(problem(classifier.image("https://example.org/x.png", "policies/a.md", "a")).startsWith("remote image"));
        assertTrue(problem(classifier.image("../policies/2019/xm-2019-12.md", "policies/a.md", "a"))
                .startsWith("image outside assets/"));
        assertTrue(problem(classifier.image("../assets/images/none.png", "policies/a.md", "a"))
                .startsWith("missing image [../assets/images/none.png]: no such file assets/images/none.png"));
        assertEquals(new LinkClassifier.Result.Target(new LinkTarget.Asset("assets/images/flow.svg")),
                classifier.image("../../assets/images/flow.svg", "policies/2019/a.md", "a"));
    }

    @Test
    void externalLinksPassThrough() {
        assertEquals(new LinkClassifier.Result.Target(new LinkTarget.External("https://www.gov.cn/zhengce/")),
                link("https://www.gov.cn/zhengce/"));
        assertEquals(new LinkClassifier.Result.Target(new LinkTarget.External("mailto:kjj@example.gov.cn")),
                link("mailto:kjj@example.gov.cn"));
    }

    @Test
    void linksIntoAFileThatFailedAreNotReportedTwice() {
        assertEquals(new LinkClassifier.Result.Silent(), link("../policies/2020/failed.md#art-1"));
    }

    @Test
    void resolveNormalisesDotsAndRefusesToClimbOut() {
        assertEquals(Optional.of("policies/2019/b.md"), LinkClassifier.resolve("policies/2020/a.md", "../2019/./b.md"));
        assertEquals(Optional.empty(), LinkClassifier.resolve("a.md", "../b.md"));
        assertEquals(Optional.of("assets/x.png"), LinkClassifier.resolve("policies/2020/a.md", "/assets/x.png"));
    }
}
