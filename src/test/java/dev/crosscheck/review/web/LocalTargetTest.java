package dev.crosscheck.review.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** After sign-in, only paths of this app: whatever a browser's URL parser would take to another site goes to the queue. */
class LocalTargetTest {

    @Test
    void pathsOfThisAppAreKept() {
        assertEquals("/conflicts/cc-1", LocalTarget.of("/conflicts/cc-1"));
        assertEquals("/queue?status=all&outlet=Le+Monde", LocalTarget.of("/queue?status=all&outlet=Le+Monde"));
        assertEquals("/rules", LocalTarget.of("/rules"));
    }

    @Test
    void anythingThatCouldLeaveTheSiteGoesToTheQueue() {
        for (String next : new String[] {null, "", "queue", "//evil.example", "/\t/evil.example", "/\n/evil.example",
                "/\r/evil.example", "\t//evil.example", "/\\evil.example", "\\/evil.example", "/ /evil.example",
                "https://evil.example", "javascript:alert(1)", "/\u0000/evil.example", "/\u007f/evil.example",
                "/\u202e/evil.example", "/\u3000/evil.example", "/./\t/evil.example", "/login?next=//evil.example",
                "/a/../\t/evil.example", "/" + "a".repeat(3000)}) {
            assertEquals("/queue", LocalTarget.of(next), String.valueOf(next));
        }
    }
}
