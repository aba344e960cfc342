package dev.crosscheck.facts;

/** Knowledge: a subject has only one value of this attribute ("a vehicle has one engine layout"). */
public record SingleValued(String attribute) {
}
