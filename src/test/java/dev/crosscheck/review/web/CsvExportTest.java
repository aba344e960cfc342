package dev.crosscheck.review.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CSV cells: quoted when needed, and never run as a spreadsheet formula. */
class CsvExportTest {

    @Test
    void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertEquals("plain", CsvExport.cell("plain"));
        assertEquals("\"a, b\"", CsvExport.cell("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExport.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvExport.cell("two\nlines"));
    }

    @Test
    void cellsThatASpreadsheetWouldEvaluateAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvExport.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CsvExport.cell("+1"));
        assertEquals("'-2", CsvExport.cell("-2"));
        assertEquals("'@SUM(A1)", CsvExport.cell("@SUM(A1)"));
    }
}
