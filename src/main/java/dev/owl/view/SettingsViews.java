package dev.owl.view;

import dev.owl.config.Config;
import dev.owl.config.Settings;
import dev.owl.render.Column;
import dev.owl.render.View;
import java.util.List;

/** How {@code config show} is laid out: one row per setting, with its value and where it came from. */
public final class SettingsViews {
    private SettingsViews() {}

    /** One line of the table. */
    public record Row(String setting, String value, String from) {}

    public static final View<Row> VIEW = View.of(Column.<Row>text("SETTING", Row::setting).truncate(),
            Column.text("VALUE", Row::value), Column.text("FROM", Row::from));

    /** The rows of {@code s}; {@code pathVariable} names the environment variable that adds catalogs. */
    public static List<Row> rows(Settings s, String pathVariable) {
        Settings.Values v = s.settings();
        String file = "config file";
        return List.of(
                new Row("config file", s.configFile(), !s.configFileValid()
                        ? (s.configFileExists() ? "invalid, ignored (errors below)" : "not found (error below)")
                        : s.configFileExists() ? "found" : Config.none(s.configFile()) ? "none (disabled)" : "not found"),
                new Row("format", v.format().value(), v.format().from()),
                new Row("color", v.color().value(), v.color().from()),
                new Row("catalog", String.join(", ", v.catalog()), v.catalogFrom()),
                new Row("catalog ($" + pathVariable + ")", orEmpty(v.catalogPathEnv()), v.catalogPathEnv() == null ? "not set" : "environment"),
                new Row("gpu", orEmpty(v.gpu()), v.gpu() == null ? "none" : file),
                new Row("policy", orEmpty(v.policy()), v.policy() == null ? "none" : file));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
