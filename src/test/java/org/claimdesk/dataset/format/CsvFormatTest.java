package org.claimdesk.dataset.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFormatTest {
    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text() {
        assertThat(CsvFormat.cell("=HYPERLINK(\"http://evil.example/\",\"click\")")).startsWith("'=HYPERLINK");
        assertThat(CsvFormat.cell("=cmd|' /C calc'!A")).isEqualTo("'=cmd|' /C calc'!A");
        assertThat(CsvFormat.cell("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
        assertThat(CsvFormat.cell("+1")).isEqualTo("'+1");
        assertThat(CsvFormat.cell("-1")).isEqualTo("'-1");
        assertThat(CsvFormat.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvFormat.cell("\rx")).isEqualTo("'\rx");
    }

    @Test
    void other_cells_are_written_as_they_are() {
        assertThat(CsvFormat.cell("Moscow and Washington = partners")).isEqualTo("Moscow and Washington = partners");
        assertThat(CsvFormat.cell("")).isEmpty();
        assertThat(CsvFormat.cell("שלום")).isEqualTo("שלום");
    }
}
