package dev.crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.ingest.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {

    private static final LocalDate DAY = LocalDate.of(2021, 3, 4);

    // Two reports of one event, worded differently, a day apart.
    private static final Article SHIP_A = article("ship-a", DAY, "Cargo ship strikes harbour bridge, closing it to traffic",
            "A cargo ship struck a pillar of the harbour bridge early on Tuesday, and the bridge was closed to all "
                    + "traffic while engineers inspected the damage. The port authority said the ship lost steering "
                    + "power as it left the harbour. Nobody was hurt, and the ship was towed back to its berth.");
    private static final Article SHIP_B = article("ship-b", DAY.plusDays(1), "Harbour bridge stays closed after ship collision",
            "Engineers kept the harbour bridge closed on Wednesday after a cargo ship hit one of its pillars. The "
                    + "port authority said the vessel had lost steering power. Inspectors found cracks in the pillar "
                    + "and traffic is diverted to the ring road until repairs are finished.");
    // Two reports of another event.
    private static final Article LANES_A = article("lanes-a", DAY, "City council approves new cycling lanes",
            "The city council voted on Tuesday to build twelve kilometres of protected cycling lanes along the main "
                    + "avenues. Councillors said the lanes will cost four million and open next spring. Shop owners "
                    + "worry about losing parking spaces on the avenues.");
    private static final Article LANES_B = article("lanes-b", DAY, "Council votes for protected cycling lanes on main avenues",
            "Protected cycling lanes will run along the main avenues after the council vote on Tuesday. The plan "
                    + "adds twelve kilometres of lanes and removes parking spaces, which shop owners oppose. "
                    + "Construction of the lanes starts in the autumn.");
    // An event reported once.
    private static final Article BREAD = article("bread", DAY, "Village bakery wins national bread prize",
            "A family bakery in a small village won the national prize for the best sourdough loaf. The baker, who "
                    + "took over the ovens from her grandfather, said the secret is a starter kept alive for forty years.");

    private static final List<Article> FEED = List.of(SHIP_A, SHIP_B, LANES_A, LANES_B, BREAD);

    @Test
    void reportsOfOneEventFormOneStoryAndOtherEventsStayApart() {
        assertEquals(Set.of(Set.of("ship-a", "ship-b"), Set.of("lanes-a", "lanes-b"), Set.of("bread")),
                memberSets(new StoryGrouper().group(FEED)));
    }

    @Test
    void twoUnrelatedArticlesAreNotMerged() {
        assertEquals(2, new StoryGrouper().group(List.of(SHIP_A, BREAD)).size());
    }

    @Test
    void aSingletonStaysAlone() {
        List<Story> stories = new StoryGrouper().group(FEED);
        Story bread = stories.stream().filter(s -> s.articles().contains(BREAD)).findFirst().orElseThrow();
        assertEquals(List.of(BREAD), bread.articles());
        assertEquals(BREAD.title(), bread.title());
        assertEquals(List.of(new Story(bread.id(), BREAD.title(), List.of(BREAD))), new StoryGrouper().group(List.of(BREAD)));
    }

    @Test
    void theSameArticlesInAnyOrderGiveTheSameStories() {
        List<Story> expected = new StoryGrouper().group(FEED);
        Random random = new Random(42);
        for (int round = 0; round < 10; round++) {
            List<Article> shuffled = new ArrayList<>(FEED);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, new StoryGrouper().group(shuffled), "order " + ids(shuffled));
        }
    }

    @Test
    void storyIdsDependOnlyOnTheirArticles() {
        String ship = storyOf("ship-a", new StoryGrouper().group(FEED)).id();
        assertEquals(ship, storyOf("ship-a", new StoryGrouper().group(List.of(SHIP_B, SHIP_A, BREAD))).id(),
                "same articles, other feed");
        assertEquals(ship, storyOf("ship-a", new StoryGrouper().group(List.of(SHIP_A, SHIP_B))).id());
        assertNotEquals(ship, storyOf("lanes-a", new StoryGrouper().group(FEED)).id());
        assertTrue(ship.matches("story-[0-9a-f]{16}"), ship);
    }

    @Test
    void storiesComeInPublicationOrder() {
        List<Story> stories = new StoryGrouper().group(FEED);
        Story ship = storyOf("ship-a", stories);
        assertEquals(List.of(SHIP_A, SHIP_B), ship.articles());
        for (int i = 1; i < stories.size(); i++) {
            Article previous = stories.get(i - 1).articles().get(0);
            Article first = stories.get(i).articles().get(0);
            assertTrue(StoryGrouper.PUBLICATION_ORDER.compare(previous, first) < 0, previous.id() + " then " + first.id());
        }
    }

    @Test
    void aPresetStoryFieldDecidesTheGrouping() {
        // The feed says ship-a belongs with the bakery and ship-b alone: the grouper does as told, and
        // clusters only the articles that came without a story.
        List<Article> feed = List.of(withStory(SHIP_A, "agg-1"), withStory(BREAD, "agg-1"), withStory(SHIP_B, "agg-2"),
                LANES_A, LANES_B);
        List<Story> stories = new StoryGrouper().group(feed);
        assertEquals(Set.of(Set.of("ship-a", "bread"), Set.of("ship-b"), Set.of("lanes-a", "lanes-b")), memberSets(stories));
        assertEquals("agg-1", storyOf("bread", stories).id());
        assertEquals("agg-2", storyOf("ship-b", stories).id());
    }

    @Test
    void noArticlesNoStories() {
        assertEquals(List.of(), new StoryGrouper().group(List.of()));
    }

    @Test
    void anArticleWithoutAnIdIsRejectedWithItsPath() {
        Article nameless = new Article(null, "feed.jsonl:7", null, null, "t", null, DAY, "en", "text", List.of(), null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StoryGrouper().group(List.of(nameless)));
        assertTrue(e.getMessage().contains("feed.jsonl:7"), e.getMessage());
    }

    static Article article(String id, LocalDate published, String title, String body) {
        return new Article(id, id + ".json", null, null, title, null, published, "en", body, List.of(), null, null);
    }

    private static Article withStory(Article a, String story) {
        return new Article(a.id(), a.path(), a.outlet(), a.url(), a.title(), a.byline(), a.published(), a.language(),
                a.body(), a.problems(), story, null);
    }

    private static Story storyOf(String articleId, List<Story> stories) {
        return stories.stream().filter(s -> s.articles().stream().anyMatch(a -> a.id().equals(articleId)))
                .findFirst().orElseThrow();
    }

    private static Set<Set<String>> memberSets(List<Story> stories) {
        return stories.stream().map(s -> s.articles().stream().map(Article::id).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(Article::id).toList();
    }
}
