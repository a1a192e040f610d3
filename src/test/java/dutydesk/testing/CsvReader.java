package dutydesk.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV back as RFC 4180 defines it (records end with CRLF; quoted fields may hold commas,
 * doubled quotes and line breaks), strictly: anything else is an error, so a test that parses a
 * file also checks that it is well formed.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("unterminated quoted field in record " + (records.size() + 1));
                    }
                    char q = text.charAt(i++);
                    if (q == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    throw new IllegalArgumentException("text after a closing quote in record " + (records.size() + 1));
                }
                continue;
            }
            if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                if (i + 1 >= n || text.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("CR not followed by LF in record " + (records.size() + 1));
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (c == '"' || c == '\n') {
                throw new IllegalArgumentException("unquoted " + (c == '"' ? "quote" : "line break") + " in record "
                        + (records.size() + 1));
            } else {
                field.append(c);
                i++;
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            throw new IllegalArgumentException("the last record does not end with CRLF");
        }
        return records;
    }
}
