package dev.bookstore.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** A server's messages.log from the line it had reached when this was made: what it said since. */
final class MemberLog {

    /** Liberty's line: [date] thread logger level message; the level is one letter (E, W, I, A, O). */
    private static final Pattern WARNING_OR_ERROR = Pattern.compile("^\\[[^]]+] \\S+ \\S+\\s+[EW] ");

    private final Path file;
    private final int from;

    private MemberLog(Path file, int from) {
        this.file = file;
        this.from = from;
    }

    static MemberLog from(Path file) throws IOException {
        return new MemberLog(file, Files.readAllLines(file).size());
    }

    List<String> lines() throws IOException {
        List<String> all = Files.readAllLines(file);
        return all.subList(Math.min(from, all.size()), all.size());
    }

    /** Warnings and errors (each line that starts one; its stack trace, if any, follows it). */
    List<String> warningsAndErrors() throws IOException {
        return lines().stream().filter(line -> WARNING_OR_ERROR.matcher(line).find()).toList();
    }

    /** The FFDC incidents Liberty announced (FFDC1015I), each as what failed where, without its file's name. */
    List<String> incidents() throws IOException {
        return lines().stream().filter(line -> line.contains("FFDC1015I"))
                .map(line -> line.substring(line.indexOf("FFDC1015I")).replaceFirst("\" at ffdc_.*$", "")).toList();
    }
}
