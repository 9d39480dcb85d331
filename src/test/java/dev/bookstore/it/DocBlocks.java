package dev.bookstore.it;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands a document tells its reader to run, taken from the document itself when the test runs: a
 * section's fenced bash blocks, and the commands quoted in its prose. A test that runs these runs what the
 * document says, as written, so the document cannot drift from what was tried.
 */
final class DocBlocks {

    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL);
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`\n]+)`");

    private DocBlocks() {
    }

    /** The text of the section under the heading {@code ## title}, up to the next heading of that level. */
    static String section(String markdown, String title) {
        int start = markdown.indexOf("\n## " + title + "\n");
        if (start < 0) {
            throw new AssertionError("the document has no section \"" + title + "\"");
        }
        int end = markdown.indexOf("\n## ", start + 4);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    /** The section's fenced bash blocks, in the order the reader meets them. */
    static List<String> bashBlocks(String markdown, String title) {
        Matcher block = BASH_BLOCK.matcher(section(markdown, title));
        List<String> blocks = new ArrayList<>();
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }

    /** The section's inline commands (code spans in its prose, not in its blocks) that start with {@code start}. */
    static List<String> inlineCommands(String markdown, String title, String start) {
        Matcher code = INLINE_CODE.matcher(BASH_BLOCK.matcher(section(markdown, title)).replaceAll(""));
        List<String> commands = new ArrayList<>();
        while (code.find()) {
            if (code.group(1).startsWith(start)) {
                commands.add(code.group(1));
            }
        }
        return commands;
    }
}
