package dev.owl.fit;

import java.util.List;

/**
 * The machine owl runs on, as {@code --gpu auto} reads it: its operating system, a few text files and the output of
 * a few tools. {@link SystemHost} asks the real machine; tests answer with recorded outputs.
 */
public interface Host {
    /** The operating system's name, as Java's {@code os.name} gives it ("Linux", "Mac OS X", "Windows 11"). */
    String osName();

    /** Runs a command and returns what it printed on stdout, or why it printed nothing usable. */
    Output run(List<String> command);

    /** A text file's content, or null when it is missing or unreadable. */
    String read(String path);

    /** What a tool printed ({@code stdout}), or why not ({@code failure}: not installed, an exit status, a timeout). */
    record Output(String stdout, String failure) {
        public static Output of(String stdout) {
            return new Output(stdout, null);
        }

        public static Output failed(String why) {
            return new Output(null, why);
        }

        public boolean ok() {
            return failure == null;
        }
    }
}
