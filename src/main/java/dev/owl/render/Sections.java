package dev.owl.render;

import java.util.ArrayList;
import java.util.List;

/** A titled list of field/value sections: the "every field, grouped" view of one record. */
public final class Sections {
    /** One field and its value; a multi-line value continues on indented lines. */
    public record Field(String name, String value) {}

    /** A titled group of fields, or a table placed under the title; {@code commentary} says what the result rests on. */
    public record Section(String title, List<Field> fields, Table table, boolean commentary) {}

    private final String title;
    private final List<Field> keys;
    private final List<Section> sections = new ArrayList<>();

    public Sections(String title) {
        this(title, List.of());
    }

    /**
     * {@code keys} are the fields the title shows people (a model's id and name): the flat form for csv, tsv and
     * markdown starts with them, since it has no title.
     */
    public Sections(String title, List<Field> keys) {
        this.title = title;
        this.keys = List.copyOf(keys);
    }

    public String title() {
        return title;
    }

    public Sections section(String sectionTitle, List<Field> fields) {
        if (!fields.isEmpty()) {
            sections.add(new Section(sectionTitle, List.copyOf(fields), null, false));
        }
        return this;
    }

    /** A section that explains the result (assumptions, caveats) rather than being part of it: --quiet leaves it out. */
    public Sections commentary(String sectionTitle, List<Field> fields) {
        if (!fields.isEmpty()) {
            sections.add(new Section(sectionTitle, List.copyOf(fields), null, true));
        }
        return this;
    }

    /** These sections without the commentary ones. */
    Sections withoutCommentary() {
        Sections s = new Sections(title, keys);
        sections.stream().filter(x -> !x.commentary()).forEach(s.sections::add);
        return s;
    }

    public Sections table(String sectionTitle, Table table) {
        if (!table.rows().isEmpty()) {
            sections.add(new Section(sectionTitle, List.of(), table, false));
        }
        return this;
    }

    public List<Section> sections() {
        return List.copyOf(sections);
    }

    /** The same content as one flat table (section, field, value) for csv, tsv and markdown. */
    public Table flatten() {
        Table t = Table.of("section", "field", "value");
        keys.forEach(k -> t.row("Model", k.name(), k.value()));
        for (Section s : sections) {
            for (Field f : s.fields()) {
                t.row(s.title(), f.name(), f.value() == null ? "" : f.value().replace("\n", "; "));
            }
            if (s.table() != null) {
                List<Table.Column> cols = s.table().columns();
                for (List<String> row : s.table().rows()) {
                    if (cols.size() == 2) { // a name and one value (a count): the value alone, a number stays a number
                        t.row(s.title(), row.get(0), row.get(1));
                        continue;
                    }
                    StringBuilder v = new StringBuilder();
                    for (int i = 1; i < row.size(); i++) {
                        if (row.get(i).isEmpty()) {
                            continue;
                        }
                        if (v.length() > 0) {
                            v.append("; ");
                        }
                        v.append(cols.get(i).header()).append(": ").append(row.get(i));
                    }
                    t.row(s.title(), row.get(0), v.toString());
                }
            }
        }
        return t;
    }
}
