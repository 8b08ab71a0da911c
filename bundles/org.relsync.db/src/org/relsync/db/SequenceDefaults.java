package org.relsync.db;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.relsync.model.common.NamedElement;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.Elements;

/**
 * The one rule for columns that draw their values from a sequence through their default:
 * PostgreSQL's {@code nextval('seq'::regclass)} (a {@code serial} column, or a sequence made on its
 * own and perhaps shared by several tables), H2's {@code NEXT VALUE FOR seq} and MariaDB's
 * {@code nextval(seq)}. Such a column is an identity column, and {@link TableField#getSequence()}
 * is the sequence its default names when the snapshot holds it. Every reader applies it to its
 * snapshot once the columns, the sequences and the owners the database records are read; a link
 * the database records (PostgreSQL's {@code OWNED BY}) is kept, any other is marked not owning.
 */
public final class SequenceDefaults {

    /** PostgreSQL: {@code nextval('name'::regclass)}, also the old {@code nextval(('name'::text)::regclass)}. */
    private static final Pattern POSTGRESQL = Pattern.compile(
            "(?is)nextval\\s*\\(\\s*\\(?\\s*'((?:[^']|'')+)'\\s*(?:::\\s*(?:regclass|text)\\s*)?\\)?\\s*(?:::\\s*regclass\\s*)?\\)");

    /** H2 (and the standard): {@code NEXT VALUE FOR name}. */
    private static final Pattern NEXT_VALUE_FOR = Pattern.compile("(?is)NEXT\\s+VALUE\\s+FOR\\s+(.+)");

    /** MariaDB: {@code nextval(name)}, the name unquoted or in backquotes, as MariaDB shows such a default. */
    private static final Pattern NEXTVAL_NAME = Pattern.compile("(?is)nextval\\s*\\(\\s*([^'()][^()]*)\\)");

    private SequenceDefaults() {
    }

    /**
     * The name of the sequence a default draws from, its parts unquoted (schema first when it
     * names one), or null when the default draws from no sequence.
     */
    public static List<String> sequenceName(String defaultValue) {
        if (defaultValue == null) {
            return null;
        }
        String text = defaultValue.strip();
        Matcher m = POSTGRESQL.matcher(text);
        if (m.matches()) {
            return parts(m.group(1).replace("''", "'"));
        }
        m = NEXT_VALUE_FOR.matcher(text);
        if (m.matches()) {
            return parts(m.group(1).strip());
        }
        m = NEXTVAL_NAME.matcher(text);
        if (m.matches()) {
            return parts(m.group(1).strip());
        }
        return null;
    }

    /**
     * Links every column of {@code snapshot} whose default draws from a sequence to that sequence
     * and makes it an identity column. A column already linked (the database records that it owns
     * its sequence) keeps its link; a column linked here does not own the sequence.
     */
    public static void link(Database snapshot) {
        Names<Schema> schemas = null; // made when the first default that draws from a sequence is met
        Map<Schema, Names<Sequence>> sequences = new HashMap<>();
        Names<Sequence> everywhere = null;
        for (Schema schema : Elements.schemas(snapshot)) {
            for (Table table : schema.getTables()) {
                for (TableField field : table.getFields()) {
                    if (field.isGenerated()) {
                        continue;
                    }
                    List<String> name = sequenceName(field.getDefaultValue());
                    if (name == null) {
                        continue;
                    }
                    field.setIdentity(true);
                    if (field.getSequence() != null) {
                        continue; // the database records the link: the column owns the sequence
                    }
                    if (schemas == null) {
                        schemas = new Names<>(Elements.schemas(snapshot));
                        List<Sequence> all = new ArrayList<>();
                        Elements.schemas(snapshot).forEach(s -> all.addAll(s.getSequences()));
                        everywhere = new Names<>(all);
                    }
                    String last = name.get(name.size() - 1);
                    Sequence sequence;
                    if (name.size() > 1) {
                        // qualified: in the schema it names
                        Schema named = schemas.find(name.get(name.size() - 2));
                        sequence = named == null ? null
                                : sequences.computeIfAbsent(named, s -> new Names<>(s.getSequences())).find(last);
                    } else {
                        // unqualified: in the column's schema, else the only one so named
                        sequence = sequences.computeIfAbsent(schema, s -> new Names<>(s.getSequences())).find(last);
                        if (sequence == null) {
                            sequence = everywhere.find(last);
                        }
                    }
                    if (sequence != null) {
                        field.setSequence(sequence);
                        field.setOwnsSequence(false);
                    }
                }
            }
        }
    }

    /**
     * Elements by name: the one with exactly that name, else the only one equal to it ignoring case
     * (the database folded an unquoted name); none when that is ambiguous.
     */
    private static final class Names<T extends NamedElement> {
        private final Map<String, List<T>> exact = new HashMap<>();
        private final Map<String, List<T>> folded = new HashMap<>();

        Names(List<T> elements) {
            for (T element : elements) {
                if (element.getName() != null) {
                    exact.computeIfAbsent(element.getName(), k -> new ArrayList<>(1)).add(element);
                    folded.computeIfAbsent(element.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(element);
                }
            }
        }

        T find(String name) {
            List<T> found = exact.get(name);
            if (found == null) {
                found = folded.get(name.toLowerCase(Locale.ROOT));
            }
            return found != null && found.size() == 1 ? found.get(0) : null;
        }
    }

    /**
     * A possibly qualified SQL name split at its dots, each part unquoted ({@code "..."} or
     * {@code `...`}); null when the text is no name (an expression).
     */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '`') {
                int j = i + 1;
                while (j < text.length()) {
                    if (text.charAt(j) == c) {
                        if (j + 1 < text.length() && text.charAt(j + 1) == c) {
                            part.append(c);
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    part.append(text.charAt(j));
                    j++;
                }
                i = j + 1;
            } else if (c == '.') {
                parts.add(part.toString());
                part.setLength(0);
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                part.append(c);
                i++;
            } else if (Character.isWhitespace(c) && (part.isEmpty() || text.substring(i).isBlank()
                    || text.substring(i).strip().startsWith("."))) {
                i++; // around a name or a dot
            } else {
                return null; // an expression, not a name
            }
        }
        parts.add(part.toString());
        return parts.stream().anyMatch(String::isEmpty) ? null : parts;
    }
}
