package dutydesk.imports;

/**
 * Something wrong with a row (or a file's header), as {@code file:line: column NAME: reason}: the
 * file's name, the physical line where the record starts (1 is the header), the column at fault
 * (null when the row as a whole is), and the reason in words.
 */
public record Problem(String file, long line, String column, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + (column == null ? "" : "column " + column + ": ") + reason;
    }
}
