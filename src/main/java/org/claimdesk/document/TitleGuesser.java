package org.claimdesk.document;

/**
 * Picks a title for a text imported without one: the first headline-like line near the top
 * (several words, no final full stop), else the start of the first line.
 */
final class TitleGuesser {
    private TitleGuesser() {
    }

    static String guess(String text) {
        String[] lines = text.split("\n", 30);
        for (int i = 0; i < Math.min(lines.length, 12); i++) {
            String line = lines[i].strip();
            int words = line.isEmpty() ? 0 : line.split("\\s+").length;
            if (words >= 4 && line.length() <= 200 && !line.endsWith(".")) {
                return line;
            }
        }
        for (String line : lines) {
            if (!line.isBlank()) {
                String s = line.strip();
                return s.length() <= 120 ? s : s.substring(0, s.offsetByCodePoints(0, 117)) + "...";
            }
        }
        return "Untitled";
    }
}
