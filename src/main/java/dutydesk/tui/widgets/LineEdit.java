package dutydesk.tui.widgets;

/** A one-line text input: its text and the cursor position (in chars). Pure. */
public record LineEdit(String text, int cursor, int maxLength) {

    public LineEdit {
        text = text == null ? "" : text;
        cursor = Math.max(0, Math.min(cursor, text.length()));
    }

    public static LineEdit empty(int maxLength) {
        return new LineEdit("", 0, maxLength);
    }

    /** Inserts a typed character; control characters and overflow are refused. */
    public LineEdit insert(char c) {
        if (Character.isISOControl(c) || Character.isSurrogate(c) || text.length() >= maxLength) {
            return this;
        }
        return new LineEdit(text.substring(0, cursor) + c + text.substring(cursor), cursor + 1, maxLength);
    }

    /**
     * Inserts pasted text: a one-line field keeps it on one line (line breaks and tabs become
     * spaces, surrounding blanks go); other control characters and overflow are dropped.
     */
    public LineEdit paste(String text) {
        String flat = text.strip().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        LineEdit out = this;
        for (int i = 0; i < flat.length(); i++) {
            out = out.insert(flat.charAt(i));
        }
        return out;
    }

    public LineEdit backspace() {
        if (cursor == 0) {
            return this;
        }
        return new LineEdit(text.substring(0, cursor - 1) + text.substring(cursor), cursor - 1, maxLength);
    }

    public LineEdit delete() {
        if (cursor >= text.length()) {
            return this;
        }
        return new LineEdit(text.substring(0, cursor) + text.substring(cursor + 1), cursor, maxLength);
    }

    public LineEdit left() {
        return new LineEdit(text, cursor - 1, maxLength);
    }

    public LineEdit right() {
        return new LineEdit(text, cursor + 1, maxLength);
    }

    public LineEdit home() {
        return new LineEdit(text, 0, maxLength);
    }

    public LineEdit end() {
        return new LineEdit(text, text.length(), maxLength);
    }

    public LineEdit clear() {
        return empty(maxLength);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
