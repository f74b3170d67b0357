package dev.owl.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFileTest {
    @TempDir
    Path tmp;

    @Test
    void anInvalidByteIsPlacedByLineAndCharacterColumn() {
        byte[] text = "a: 1\nnäme: \u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(text, text.length + 1);
        bad[text.length] = (byte) 0xff;
        assertThatThrownBy(() -> UserFile.decodeUtf8(bad)).isInstanceOfSatisfying(UserFile.Unreadable.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(8); // n ä m e : space é, then the bad byte: ä and é are one column each
            assertThat(e.getMessage()).contains("0xFF");
        });
    }

    @Test
    void aFileAboveTheCapIsRefusedBeforeItIsRead() throws Exception {
        Path big = Files.write(tmp.resolve("big"), new byte[1025]);
        assertThatThrownBy(() -> UserFile.bytes(big, 1024)).isInstanceOf(UserFile.Unreadable.class)
                .hasMessageContaining("1025 bytes").hasMessageContaining("1024-byte limit");
        assertThat(UserFile.bytes(big, 1025)).hasSize(1025);
    }

    @Test
    void missingFilesAndDirectoriesAreSaidPlainly() throws Exception {
        assertThatThrownBy(() -> UserFile.bytes(tmp.resolve("none"), 10)).hasMessage("file not found");
        assertThatThrownBy(() -> UserFile.bytes(tmp, 10)).hasMessageContaining("is a directory");
    }
}
