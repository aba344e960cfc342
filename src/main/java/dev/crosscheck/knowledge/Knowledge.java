package dev.crosscheck.knowledge;

import java.util.Set;

/** Everything the pipeline knows about words and the world, read from {@code rules/knowledge/}. */
public record Knowledge(
        PersonNouns people,
        Cues cues,
        Approximations approximations,
        Boilerplate boilerplate,
        Entities entities,
        Designations designations,
        Attributes attributes,
        Units units,
        Synonyms synonyms,
        Relations relations,
        Patterns patterns,
        Offices offices,
        Set<String> abbreviations,
        Frames frames,
        Places places) {

    public static Knowledge empty() {
        return new Knowledge(PersonNouns.empty(), Cues.empty(), Approximations.empty(), Boilerplate.empty(),
                Entities.empty(), Designations.empty(), Attributes.empty(), Units.empty(), Synonyms.empty(),
                Relations.empty(), Patterns.empty(), Offices.empty(), Set.of(), Frames.empty(), Places.empty());
    }
}
