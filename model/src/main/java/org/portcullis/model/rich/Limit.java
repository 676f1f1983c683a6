package org.portcullis.model.rich;

/**
 * {@code limit value="R/D"}. The value is kept as written except that a spelled-out unit
 * ({@code second}, {@code minute}, {@code hour}, {@code day}) is shortened to its first letter.
 */
public record Limit(String value) {

    public Limit {
        value = normalize(value);
    }

    public static Limit of(String value) {
        return new Limit(value);
    }

    private static String normalize(String value) {
        String[] parts = value.split("/", -1);
        if (parts.length == 2 && switch (parts[1]) {
            case "second", "minute", "hour", "day" -> true;
            default -> false;
        }) {
            return parts[0] + "/" + parts[1].charAt(0);
        }
        return value;
    }
}
