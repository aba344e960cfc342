package dev.crosscheck.diag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.group.*;
import dev.crosscheck.ingest.*;
import dev.crosscheck.knowledge.KnowledgeLoader;
import dev.crosscheck.scale.*;
import java.nio.file.*;
import java.util.*;

public class GenDiag {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path feed = Path.of("/tmp/gen-" + n + ".jsonl");
        if (!Files.exists(feed)) {
            new FeedGenerator(CorpusEvents.read(Path.of("../shared/corpora/news-clusters.jsonl")), 1).write(n, feed);
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, String> gold = new HashMap<>();
        for (String line : Files.readAllLines(feed)) {
            JsonNode r = json.readTree(line);
            gold.put(r.get("id").asText(), r.get("event").asText());
        }
        var boilerplate = KnowledgeLoader.load(Path.of("rules/knowledge")).boilerplate();
        Ingested ing = new ArticleReader(boilerplate, new LanguageIdentifier()).read(List.of(feed));
        Path cfeed = Path.of("../shared/corpora/news-clusters.jsonl");
        Map<String, String> cgold = new HashMap<>();
        for (String line : Files.readAllLines(cfeed)) {
            JsonNode r = json.readTree(line);
            cgold.put(r.get("id").asText(), r.get("event").asText());
        }
        Ingested cing = new ArticleReader(boilerplate, new LanguageIdentifier()).read(List.of(cfeed));
        GroupingSettings s = GroupingSettings.DEFAULTS;
        for (int k = 1; k < args.length; k++) {
            String[] v = args[k].split(",");
            s = new GroupingSettings(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                    Double.parseDouble(v[3]), Integer.parseInt(v[4]), Integer.parseInt(v[5]), Integer.parseInt(v[6]),
                    Double.parseDouble(v[7]), Double.parseDouble(v[8]));
            List<Story> gs = new StoryGrouper(s).group(ing.articles());
            List<Story> cs = new StoryGrouper(s).group(cing.articles());
            GroupingScore g = GroupingScore.of(gs, gold), c = GroupingScore.of(cs, cgold);
            if (System.getenv("SPLITS") != null) {
                Map<String, List<Story>> where = new TreeMap<>();
                for (Story x : gs) for (Article a : x.articles()) where.computeIfAbsent(gold.get(a.id()), q -> new ArrayList<>()).add(x);
                int shown = 0;
                for (var e : where.entrySet()) {
                    List<Story> l = e.getValue().stream().distinct().toList();
                    if (l.size() < 2 || shown++ > 100000) continue;
                    StringBuilder b = new StringBuilder(e.getKey() + ":");
                    for (Story x : l) {
                        Map<String, Long> labs = new TreeMap<>();
                        x.articles().forEach(a -> labs.merge(gold.get(a.id()).replaceAll("^.*#", "#"), 1L, Long::sum));
                        b.append("  [").append(x.articles().stream().filter(a -> gold.get(a.id()).equals(e.getKey())).map(a -> a.published().toString().substring(5)).toList()).append(" in ").append(labs).append("]");
                    }
                    System.out.println(b);
                }
            }
            if (System.getenv("CSPLITS") != null) {
                Map<String, List<Story>> where = new TreeMap<>();
                for (Story x : cs) for (Article a : x.articles()) where.computeIfAbsent(cgold.get(a.id()), q -> new ArrayList<>()).add(x);
                for (var e : where.entrySet()) {
                    List<Story> l = e.getValue().stream().distinct().toList();
                    if (l.size() < 2) continue;
                    StringBuilder b = new StringBuilder(e.getKey() + ":");
                    for (Story x : l) {
                        Map<String, Long> labs = new TreeMap<>();
                        x.articles().forEach(a -> labs.merge(cgold.get(a.id()), 1L, Long::sum));
                        b.append("  [").append(x.articles().stream().filter(a -> cgold.get(a.id()).equals(e.getKey())).map(a -> a.published() + "").toList()).append(" in ").append(labs.size()).append("]");
                    }
                    System.out.println(b);
                }
            }
            System.out.printf("%s  gen ARI %.3f P %.3f R %.3f (%d)  corpus ARI %.3f P %.3f R %.3f (%d)%n", args[k],
                g.adjustedRand(), g.precision(), g.recall(), gs.size(), c.adjustedRand(), c.precision(), c.recall(), cs.size());
        }
        if (args.length > 1) return;
        long t = System.nanoTime();
        List<Story> stories = new StoryGrouper(s).group(ing.articles());
        System.out.printf("grouped in %.1f s%n", (System.nanoTime() - t) / 1e9);
        System.out.println(GroupingScore.of(stories, gold) + " stories=" + stories.size());
        // merges: stories with several labels
        int shown = 0;
        Map<String, Integer> labelStories = new HashMap<>();
        for (Story st : stories) {
            Map<String, Integer> labels = new TreeMap<>();
            for (Article a : st.articles()) labels.merge(gold.get(a.id()), 1, Integer::sum);
            labels.keySet().forEach(l -> labelStories.merge(l, 1, Integer::sum));
            if (labels.size() > 1 && shown++ < 15) {
                StringBuilder b = new StringBuilder();
                for (Article a : st.articles()) b.append(gold.get(a.id())).append('@').append(a.published()).append(' ');
                System.out.println("MERGED " + labels + "\n   " + b);
            }
        }
        long merged = stories.stream().filter(st -> st.articles().stream().map(a -> gold.get(a.id())).distinct().count() > 1).count();
        long split = labelStories.values().stream().filter(c -> c > 1).count();
        System.out.println("stories with >1 label: " + merged + "; labels in >1 story: " + split + " of " + labelStories.size());
        // template-level: merges across different templates?
        long crossTemplate = stories.stream().filter(st -> st.articles().stream().map(a -> gold.get(a.id()).replaceAll("#\\d+$", "")).distinct().count() > 1).count();
        System.out.println("stories mixing templates: " + crossTemplate);
    }
}
