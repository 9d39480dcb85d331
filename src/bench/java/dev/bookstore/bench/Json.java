package dev.bookstore.bench;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, records (component by component), numbers, strings and booleans as indented JSON;
 * durations in seconds. All the results need, without a JSON library on the benchmark's class path.
 */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder json = new StringBuilder();
        write(value, json, "");
        return json.append('\n').toString();
    }

    private static void write(Object value, StringBuilder json, String indent) {
        if (value instanceof Map<?, ?> map) {
            writeAll(map.entrySet().iterator(), json, indent, '{', '}',
                    (entry, inner) -> {
                        Map.Entry<?, ?> pair = (Map.Entry<?, ?>) entry;
                        json.append(quote(String.valueOf(pair.getKey()))).append(": ");
                        write(pair.getValue(), json, inner);
                    });
        } else if (value instanceof Record record) {
            write(components(record), json, indent);
        } else if (value instanceof Duration duration) {
            json.append(duration.toMillis() / 1e3);
        } else if (value instanceof List<?> list) {
            writeAll(list.iterator(), json, indent, '[', ']', (item, inner) -> write(item, json, inner));
        } else if (value instanceof Double number && (number.isNaN() || number.isInfinite())) {
            json.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else {
            json.append(value == null ? "null" : quote(value.toString()));
        }
    }

    private static Map<String, Object> components(Record record) {
        Map<String, Object> components = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                components.put(component.getName(), component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException unreadable) {
                throw new IllegalStateException("cannot read " + component, unreadable);
            }
        }
        return components;
    }

    private interface ItemWriter {
        void write(Object item, String indent);
    }

    private static void writeAll(Iterator<?> items, StringBuilder json, String indent, char open, char close, ItemWriter writer) {
        json.append(open);
        String inner = indent + "  ";
        boolean first = true;
        while (items.hasNext()) {
            json.append(first ? "\n" : ",\n").append(inner);
            writer.write(items.next(), inner);
            first = false;
        }
        json.append(first ? "" : "\n" + indent).append(close);
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }
}
