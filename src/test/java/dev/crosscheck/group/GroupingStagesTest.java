package dev.crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Candidate pairs: whatever words two articles are filed under together, they are compared once. */
class GroupingStagesTest {

    private static final TermVector NONE = TermVector.unit(Map.of());

    private static ArticleProfile filedUnder(int index, long... keys) {
        TermVector words = TermVector.unit(Map.of("harbour", 1.0, "ferry", 1.0));
        return new ArticleProfile(index, "a" + index, null, "t", null, null, words, NONE, false, NONE, keys);
    }

    @Test
    void aPairFiledTogetherUnderSeveralWordsIsComparedUnderOneOfThem() {
        List<ArticleProfile> profiles = List.of(filedUnder(0, 3, 5, 9), filedUnder(1, 3, 5), filedUnder(2, 5, 9),
                filedUnder(3, 9));
        Map<Long, List<ArticleProfile>> filed = new HashMap<>();
        profiles.forEach(p -> {
            for (long key : p.keys()) {
                filed.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        });
        GroupingStages stages = new GroupingStages(GroupingSettings.DEFAULTS);
        List<String> compared = new ArrayList<>();
        filed.forEach((key, articles) -> stages.edgesUnder(key, articles)
                .forEach(e -> compared.add(e.a() + "-" + e.b())));
        compared.sort(null);
        // 0-1 share 3 and 5, 0-2 share 5 and 9, 2-3 and 0-3 share 9, 1-2 share 5: six pairs, each once
        // 1-3 share none
        assertEquals(List.of("0-1", "0-2", "0-3", "1-2", "2-3"), compared);
    }

    @Test
    void theLowestSharedWordIsFoundInSortedKeys() {
        assertEquals(5, GroupingStages.lowestShared(new long[] {1, 5, 9}, new long[] {2, 5, 9}));
        assertEquals(Long.MAX_VALUE, GroupingStages.lowestShared(new long[] {1, 4}, new long[] {2, 5}));
    }

    @Test
    void aNameIsCountedInTheMonthsItAppears() {
        ArticleTerms january = new ArticleTerms(Map.of("zoo", 1.0), Map.of(), Map.of("harambe", 1.0), "2031-01");
        ArticleTerms alsoJanuary = new ArticleTerms(Map.of("zoo", 1.0), Map.of(), Map.of("harambe", 2.0), "2031-01");
        ArticleTerms march = new ArticleTerms(Map.of("zoo", 1.0), Map.of(), Map.of("harambe", 1.0, "cincinnati", 1.0),
                "2031-03");
        ArticleTerms undated = new ArticleTerms(Map.of("zoo", 1.0), Map.of(), Map.of("cincinnati", 1.0), null);
        DocumentFrequencies df = DocumentFrequencies.of(List.of(january, alsoJanuary, march, undated));
        assertEquals(2, df.monthsOf("harambe"));
        assertEquals(1, df.monthsOf("cincinnati"), "an undated article adds no month");
        assertEquals(4, df.of("zoo"));
    }
}
