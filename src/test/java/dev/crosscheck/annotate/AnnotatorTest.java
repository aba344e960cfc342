package dev.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestPipeline;
import dev.crosscheck.ingest.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** Sentence splitting: the model's splits, less the ones no sentence makes. */
class AnnotatorTest {

    private static List<Sentence> annotated(String text) {
        Annotator annotator = new Annotator(TestPipeline.models(), TestPipeline.knowledge().abbreviations());
        return annotator.annotate(TestPipeline.article("t", "Test", LocalDate.of(2024, 6, 20), text)).sentences();
    }

    private static List<String> sentences(String text) {
        return annotated(text).stream().map(Sentence::text).toList();
    }

    @Test
    void tagsAreTheDefaultTaggersThoughItsBeamIsOne() {
        // the annotator tags with a beam of one (Models.greedy): a new model whose tags need the beam fails here
        Annotator annotator = new Annotator(TestPipeline.models(), TestPipeline.knowledge().abbreviations());
        POSTaggerME byDefault = new POSTaggerME(TestPipeline.models().pos());
        int words = 0;
        for (Article article : TestPipeline.read(Path.of("fixtures/aurus")).articles()) {
            for (Sentence sentence : annotator.annotate(article).sentences()) {
                List<Token> tokens = sentence.tokens();
                String[] texts = tokens.stream().map(Token::text).toArray(String[]::new);
                String[] tags = Annotator.nounsAfterArticles(texts, byDefault.tag(texts)); // the annotator's own repair
                for (int i = 0; i < tokens.size(); i++) {
                    assertEquals(tags[i].replaceAll("\\+.*", ""), tokens.get(i).tag(),
                            tokens.get(i).text() + " in: " + sentence.text());
                }
                words += tokens.size();
            }
        }
        assertTrue(words > 2000, "the seed articles were read: " + words + " words");
    }

    @Test
    void theWordThatEndsAnArticlesPhraseIsANoun() {
        List<Token> tokens = annotated("Rescuers widened the 80m-deep well in Hebei, a deserted well the boy fell into."
                + " It was a very large, the most famous and a newly built hall.").stream()
                .flatMap(s -> s.tokens().stream()).toList();
        List<String> wells = tokens.stream().filter(t -> t.text().equals("well")).map(Token::tag).toList();
        assertEquals(List.of("NOUN", "NOUN"), wells, "the model's adverb 'well' ends each phrase");
        for (String modifier : List.of("very", "most", "newly")) {
            assertEquals("ADV", tokens.stream().filter(t -> t.text().equals(modifier)).findFirst().orElseThrow().tag(),
                    modifier + " modifies the word after it");
        }
    }

    @Test
    void aDecimalFigureStaysWithTheRestOfItsSentence() {
        // the model ends a sentence after "145.5"; a sentence that goes on in lower case never ended there
        assertEquals(List.of("The number of affected consumers rose to 145.5 million after the review."),
                sentences("The number of affected consumers rose to 145.5 million after the review."));
    }

    @Test
    void sentencesThatEndStayApart() {
        assertEquals(List.of("The toll rose to 12.", "Officials said more were missing."),
                sentences("The toll rose to 12. Officials said more were missing."));
    }

    @Test
    void aClockTimeEndsASentenceOnlyWhereTheNextBegins() {
        assertEquals(List.of("The shooting began at 10:05 p.m. on Sunday and lasted ten minutes."),
                sentences("The shooting began at 10:05 p.m. on Sunday and lasted ten minutes."));
        assertEquals(List.of("The ferry left at 7:45 p.m. (1845 GMT) for Porto."),
                sentences("The ferry left at 7:45 p.m. (1845 GMT) for Porto."));
        assertEquals(List.of("Polls close at 8 p.m. Eastern on Tuesday."),
                sentences("Polls close at 8 p.m. Eastern on Tuesday."));
        assertEquals(List.of("The fire started at 3 a.m.", "Police said nobody was hurt."),
                sentences("The fire started at 3 a.m. Police said nobody was hurt."));
        assertEquals(List.of("Polls close at 8 p.m. EST on Tuesday."), sentences("Polls close at 8 p.m. EST on Tuesday."));
        assertEquals(List.of("The fire started at 3 a.m.", "US officials said nobody was hurt."),
                sentences("The fire started at 3 a.m. US officials said nobody was hurt."));
    }

    @Test
    void anInitialDoesNotEndASentence() {
        assertEquals(List.of("Officials said the tanker carried fuel to N. Korea last month."),
                sentences("Officials said the tanker carried fuel to N. Korea last month."));
    }

    private static List<Integer> paragraphs(String text) {
        return annotated(text).stream().map(Sentence::paragraph).toList();
    }

    @Test
    void aLineOfItsOwnIsAParagraphButAHardWrappedSentenceGoesOn() {
        List<Integer> lines = paragraphs("The mill reopened on Monday.\nPhoto gallery: old mills of the valley, May 3, 2011\n"
                + "The strike ended with 21 of 30 looms running.");
        assertEquals(3, lines.stream().distinct().count(), "three lines, three paragraphs: " + lines);
        List<Integer> wrapped = paragraphs("The guild gave the first count of looms that a mill\n kept running through the "
                + "strike. It was 21.\n\nA new paragraph.");
        assertEquals(wrapped.get(0), wrapped.get(1), "a wrapped line goes on in lower case: " + wrapped);
        assertEquals(1, sentences("The number of looms at work rose to\n145 across the valley.").size(),
                "or with a figure");
        assertTrue(wrapped.get(2) > wrapped.get(1), "a blank line ends a paragraph: " + wrapped);
    }

    /** The first sentence of a one-paragraph article. */
    private static Sentence first(String text) {
        return annotated(text).get(0);
    }

    private static List<String> words(String text) {
        return first(text).tokens().stream().map(Token::text).toList();
    }

    @Test
    void aTypographicApostropheIsReadAsAPlainOne() {
        Sentence curly = first("Broadcom’s new offer was ‘best and final’, Qualcomm’s board heard.");
        Sentence plain = first("Broadcom's new offer was 'best and final', Qualcomm's board heard.");
        assertEquals(plain.tokens().stream().map(t -> t.text() + "/" + t.tag()).toList(),
                curly.tokens().stream().map(t -> t.text() + "/" + t.tag()).toList());
        assertEquals("Broadcom’s new", curly.span(0, 2), "quotes keep the text as written");
    }

    @Test
    void aNumberTheTokenizerCutsIsOneToken() {
        // the model reads "4.52" as "4.5" and "2"; "4.53" it keeps whole
        List<String> words = words("The shop sold pears at $4.52 a kilo, 1,052 kilos in all, and 12.25 tonnes of apples.");
        assertEquals(List.of("$", "4.52", "a", "kilo", ",", "1,052", "kilos"), words.subList(5, 12));
        assertEquals(List.of("12.25", "tonnes"), words.subList(16, 18));
        // "$8.2m" it cuts as "$", "8" and ".2m"
        assertEquals(List.of("$", "8.2m", "or"), words("The firm made $8.2m or more.").subList(3, 6));
    }

    @Test
    void aCurrencySignIsATokenOfItsOwn() {
        // the model splits "$" from its amount but keeps "€7" and "£300,000" whole
        List<String> words = words("The bridge cost €7 million, the tunnel £300,000 and the road $5 more.");
        assertEquals(List.of("€", "7", "million"), words.subList(3, 6));
        assertEquals(List.of("£", "300,000"), words.subList(9, 11));
        List<String> rateWords = words("Plans cost $299/month, pears €2/kg, and the vote of 12/05/2023 passed.");
        assertEquals(List.of("$", "299", "/", "month"), rateWords.subList(2, 6), "the slash of a rate is a token");
        assertEquals(List.of("€", "2", "/", "kg"), rateWords.subList(8, 12));
        assertTrue(rateWords.contains("12/05/2023"), "a date written with slashes stays whole");
        assertEquals(List.of("US$", "300"), words("They paid US$300 for it.").subList(2, 4), "a sign after letters");
        // the model cuts "64-" off "64-year-old" now and then
        assertEquals(List.of("64", "-", "year"), words("Paddock, 64, was a 64-year-old retiree.").subList(6, 9));
    }

    @Test
    void aUnitHyphenedToItsFigureIsATokenOfItsOwn() {
        // the model cuts "300-metre" as "300" and "-metre", and "300-metre-deep" as "300", "-metre-" and "deep"
        assertEquals(List.of("300", "-", "metre", "tower"), words("A 300-metre tower fell.").subList(1, 5));
        assertEquals(List.of("300", "-", "metre", "-", "deep", "shaft"),
                words("The 300-metre-deep shaft fell.").subList(1, 7));
        assertTrue(words("Rates fell to -5 in the x-ray room.").contains("-5"), "a minus sign before a figure stays");
    }
}
