package dev.crosscheck.check;

import dev.crosscheck.group.Story;

/** A story of a feed and what checking it found. */
public record CheckedStory(Story story, StoryResult result) {
}
