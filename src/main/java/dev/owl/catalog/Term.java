package dev.owl.catalog;

/** One license term: its value, the section of the license text it comes from, and a note. */
public record Term<T>(T value, String section, String note) {
    public static <T> Term<T> absent() {
        return new Term<>(null, null, null);
    }
}
