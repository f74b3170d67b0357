package dev.owl.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ScalarReader#isoDate}: the same date, or the same error, as {@link LocalDate#parse(CharSequence)}. */
class IsoDateTest {
    @Test
    void answersAsLocalDateParseDoes() {
        List<String> texts = new ArrayList<>(List.of("2024-07-23", "0000-01-01", "9999-12-31", "2024-02-29", "2023-02-29",
                "2023-02-28", "2024-04-31", "2024-04-30", "2024-13-01", "2024-00-10", "2024-01-00", "2024-01-32", "2024-1-01",
                "24-01-01", "2024/01/01", "2024-01-01 ", " 2024-01-01", "+10000-01-01", "10000-01-01", "-2024-01-01",
                "2024-01-0a", "2024-０1-01", "2024-01-01T00:00", "", "2024-01-1", "20240101", "2024--1-01", "2024-+1-01"));
        for (int m = 0; m <= 13; m++) {
            for (int d = 0; d <= 32; d++) {
                texts.add(String.format("2100-%02d-%02d", m, d)); // 2100: not a leap year
                texts.add(String.format("2000-%02d-%02d", m, d)); // 2000: a leap year
            }
        }
        for (String t : texts) {
            LocalDate expected;
            try {
                expected = LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                assertThatThrownBy(() -> ScalarReader.isoDate(t)).as(t).isInstanceOf(DateTimeParseException.class)
                        .hasMessage(e.getMessage());
                continue;
            }
            assertThat(ScalarReader.isoDate(t)).as(t).isEqualTo(expected);
        }
    }
}
