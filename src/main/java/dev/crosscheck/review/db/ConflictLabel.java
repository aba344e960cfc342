package dev.crosscheck.review.db;

/** What the report said about a conflict when it was decided, kept so rule statistics outlive old reports. */
public record ConflictLabel(String rule, String category, String severity) {
}
