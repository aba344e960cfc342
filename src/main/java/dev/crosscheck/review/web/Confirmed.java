package dev.crosscheck.review.web;

import dev.crosscheck.review.db.AuditEntry;
import dev.crosscheck.review.reports.ReviewItem;

/** A confirmed discrepancy for export: the conflict as the newest report has it, and who confirmed it when. */
record Confirmed(ReviewItem item, AuditEntry confirmation) {
}
