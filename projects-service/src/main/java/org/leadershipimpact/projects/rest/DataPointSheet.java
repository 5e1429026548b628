package org.leadershipimpact.projects.rest;

import org.leadershipimpact.platform.csv.CsvSheet;
import org.leadershipimpact.projects.api.Api.DataPointBatch;
import org.leadershipimpact.projects.api.Api.DataPointEntry;

/** Data points as improvement teams keep them in a spreadsheet: a period's date and its value a row. */
final class DataPointSheet {

    static final String EXAMPLE = "date,value\r\n2026-01-01,41.5\r\n";

    static final CsvSheet<DataPointEntry, DataPointBatch> POINTS = CsvSheet.of("points", DataPointBatch.MAX, EXAMPLE,
            row -> new DataPointEntry(row.date("date"), row.number("value")), DataPointBatch::new);

    private DataPointSheet() {
    }
}
