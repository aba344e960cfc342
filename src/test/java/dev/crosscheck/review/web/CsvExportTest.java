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

    @Test
    void aFormulaBehindSpacesLineBreaksOrATabIsDefusedToo() {
        assertEquals("' =1+1", CsvExport.cell(" =1+1"));
        assertEquals("\"'\n=1+1\"", CsvExport.cell("\n=1+1"));
        assertEquals("\"' \n @SUM(A1)\"", CsvExport.cell(" \n @SUM(A1)"));
        assertEquals("'\tplain", CsvExport.cell("\tplain"));
        assertEquals("\"'\r=1\"", CsvExport.cell("\r=1"));
        assertEquals("'\u3000-1", CsvExport.cell("\u3000-1"));
        assertEquals("'\uff1d1+1", CsvExport.cell("\uff1d1+1"), "a full-width equals sign");
        assertEquals("a = b", CsvExport.cell("a = b"), "a sign later in the text is harmless");
        assertEquals("  plain", CsvExport.cell("  plain"));
    }
}
