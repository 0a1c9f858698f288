package org.claimdesk.dataset.format;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimdesk.dataset.ExportContext;
import org.claimdesk.dataset.ExportSpan;
import org.claimdesk.dataset.BaseFormat;
import org.claimdesk.dataset.FormatWriter;
import org.springframework.stereotype.Component;

/** A flat claims table for spreadsheets: one row per claim (by the schema's claim role), with sources, denials and verdicts. */
@Component
public class CsvFormat extends BaseFormat {
    public CsvFormat() {
        super("csv", "CSV claims table", "codepoint", false, true);
    }

    static final String[] HEADER = {"document", "title", "split", "layer", "span", "start", "end", "text", "sources",
            "denials", "verdicts", "note"};

    @Override
    public FormatWriter writer(ExportContext ctx) {
        return (doc, files) -> {
            Writer out = files.file(doc.split().fileName() + ".csv", w -> printer(w).printRecord((Object[]) HEADER), null);
            CSVPrinter csv = printer(out);
            ClaimLinks claims = ClaimLinks.of(ctx, doc);
            for (ExportSpan s : doc.spans()) {
                if (!claims.isClaim(s)) {
                    continue;
                }
                csv.printRecord(cell(doc.key()), cell(doc.title()), doc.split().fileName(), cell(doc.layer()), s.id(),
                        s.start(), s.end(), cell(s.text()), cell(String.join("; ", claims.sources(s))),
                        cell(String.join("; ", claims.denials(s))),
                        cell(claims.reviews(s).stream().map(r -> r.reviewer() + ": " + r.verdict())
                                .collect(Collectors.joining("; "))),
                        cell(s.note() == null ? "" : s.note()));
            }
        };
    }

    /**
     * A spreadsheet runs a cell that begins with = + - @ (or tab, CR) as a formula, so such a text
     * gets a leading apostrophe, as OWASP advises for CSV: "=HYPERLINK(…)" is shown, never followed.
     */
    static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static CSVPrinter printer(Writer w) throws IOException {
        // a printer per call: it keeps no state beyond the writer it prints to
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
    }
}
