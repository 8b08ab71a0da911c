package org.relsync.sync.naming;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.CRC32;

import org.relsync.model.common.NamingRules;
import org.relsync.sync.dialect.Dialect;
import org.relsync.sync.edit.EditException;

/**
 * The naming rules of SYNC-SPEC section 5 for one database, in both directions.
 * <p>
 * Finding an existing element and creating a new one both call the same method, so "find" and
 * "create" never disagree. Names longer than the identifier limit are shortened
 * deterministically: a prefix, an underscore and eight hex digits of the full name's CRC-32;
 * {@link #unique} then keeps them unique in their scope.
 */
public final class Naming {

    /** Java keywords (and literals) that an entity or field name must not be. */
    private static final Set<String> LANGUAGE_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte",
            "case", "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum",
            "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "record", "yield");

    private final NamingRules rules;
    private final Dialect dialect;
    private final int maxLength;

    public Naming(NamingRules rules, Dialect dialect) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.maxLength = rules.getMaxIdentifierLength() > 0
                ? Math.min(rules.getMaxIdentifierLength(), dialect.maxIdentifierLength())
                : dialect.maxIdentifierLength();
    }

    /**
     * The naming rules that apply to {@code database}: its own override, else the project's, else
     * the spec's defaults; with the dialect of its driver.
     */
    public static Naming of(org.relsync.model.project.Project project, org.relsync.model.relational.Database database,
            org.relsync.sync.dialect.DialectRegistry dialects) {
        NamingRules rules = database.getNamingRules();
        if (rules == null && project.getSettings() != null) {
            rules = project.getSettings().getNamingRules();
        }
        return new Naming(rules != null ? rules : org.relsync.model.RelSyncModel.newNamingRules(),
                dialects.forDriver(database.getDriverId()));
    }

    /** The placeholders each name pattern of the naming rules may use; the first one it must use. */
    private static final Map<String, List<String>> PLACEHOLDERS = Map.of(
            "tableNamePattern", List.of("{Entity}"),
            "primaryKeyPattern", List.of("{Table}"),
            "foreignKeyPattern", List.of("{Table}", "{RefTable}"),
            "uniqueConstraintPattern", List.of("{Table}", "{Fields}"),
            "sequencePattern", List.of("{Table}"));

    private static final java.util.regex.Pattern BRACES = java.util.regex.Pattern.compile("\\{[^{}]*\\}|[{}]");

    /**
     * Checks a name pattern of the naming rules ({@code rule} is its attribute name): it uses only
     * the rule's placeholders, and the first of them (without it every table, or every key of a
     * kind, would get the same name).
     *
     * @throws EditException naming the unknown placeholder or the missing one
     */
    public static void checkPattern(String rule, String pattern) {
        List<String> allowed = PLACEHOLDERS.get(rule);
        if (allowed == null) {
            return;
        }
        java.util.regex.Matcher m = BRACES.matcher(pattern);
        while (m.find()) {
            if (!allowed.contains(m.group())) {
                throw new EditException("naming." + rule + ": '" + m.group() + "' in '" + pattern + "' is no placeholder of this rule; "
                        + "it knows " + String.join(" and ", allowed));
            }
        }
        if (!pattern.contains(allowed.get(0))) {
            throw new EditException("naming." + rule + ": '" + pattern + "' lacks " + allowed.get(0)
                    + ", so every name it makes would be the same");
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The naming rules applied (the live object: a change shows in this naming at once). */
    public NamingRules rules() {
        return rules;
    }

    public int maxLength() {
        return maxLength;
    }

    // model -> database

    /** The table name for an entity: the table pattern, optional plural, the table case style. */
    public String tableName(String entityName) {
        String base = rules.isPluralizeTableNames() ? Inflector.pluralize(entityName) : entityName;
        String name = pattern(rules.getTableNamePattern(), "{Entity}", base);
        return shorten(Words.apply(rules.getTableCaseStyle(), name));
    }

    /** The column name for an entity field. */
    public String fieldName(String entityFieldName) {
        return shorten(Words.apply(rules.getFieldCaseStyle(), entityFieldName));
    }

    /**
     * The link table name for a many-to-many relationship: the table name (pattern, optional
     * plural, case style) for the start and end entity names joined, in relationship order
     * ({@code Product}, {@code Category} → {@code ProductCategory}, {@code PRODUCT_CATEGORY}).
     */
    public String linkTableName(String startEntityName, String endEntityName) {
        return tableName(join(startEntityName, endEntityName));
    }

    /**
     * The column name in a link table for an identifying field of one side: the column name for
     * the entity and field names joined ({@code Product}, {@code Id} → {@code ProductId}).
     */
    public String linkColumnName(String entityName, String identifyingFieldName) {
        return fieldName(join(entityName, identifyingFieldName));
    }

    public String primaryKeyName(String table) {
        return shorten(pattern(rules.getPrimaryKeyPattern(), "{Table}", table));
    }

    public String foreignKeyName(String table, String referencedTable) {
        return shorten(pattern(pattern(rules.getForeignKeyPattern(), "{Table}", table), "{RefTable}", referencedTable));
    }

    public String uniqueConstraintName(String table, List<String> fields) {
        return shorten(pattern(pattern(rules.getUniqueConstraintPattern(), "{Table}", table), "{Fields}",
                String.join("_", fields)));
    }

    public String sequenceName(String table) {
        return shorten(pattern(rules.getSequencePattern(), "{Table}", table));
    }

    // database -> model

    /** The entity name for a table: prefixes and suffixes stripped, optional singular, entity case style. */
    public String entityName(String tableName) {
        String name = strip(tableName);
        if (rules.isSingularizeEntityNames()) {
            name = Inflector.singularize(name);
        }
        return escape(Words.apply(rules.getEntityCaseStyle(), name));
    }

    /** The entity field name for a column. */
    public String entityFieldName(String columnName) {
        return escape(Words.apply(rules.getEntityFieldCaseStyle(), columnName));
    }

    // identifiers

    /**
     * {@code name} cut to the identifier limit, deterministically: what is too long keeps the start
     * that fits, cut between characters, and a hash of the whole name, so that two long names that
     * start alike stay apart. The limit counts what the dialect counts (PostgreSQL: UTF-8 bytes).
     */
    public String shorten(String name) {
        if (length(name) <= maxLength) {
            return name;
        }
        String hash = hash(name);
        if (maxLength <= hash.length() + 1) {
            return hash.substring(0, Math.max(1, maxLength));
        }
        return prefix(name, maxLength - hash.length() - 1) + "_" + hash;
    }

    /** The length of {@code name} as the database counts it. */
    public int length(String name) {
        return dialect.identifierLength(name);
    }

    /** The longest start of {@code name}, whole characters only, whose length is at most {@code budget}. */
    private String prefix(String name, int budget) {
        int end = 0;
        while (end < name.length()) {
            int next = name.offsetByCodePoints(end, 1);
            if (length(name.substring(0, next)) > budget) {
                break;
            }
            end = next;
        }
        return name.substring(0, end);
    }

    /**
     * {@code candidate}, or the first of {@code candidate_2}, {@code candidate_3}, … (shortened to fit)
     * that {@code taken} does not hold.
     */
    public String unique(String candidate, Predicate<String> taken) {
        if (!taken.test(candidate)) {
            return candidate;
        }
        for (int i = 2;; i++) {
            String suffix = "_" + i;
            String base = length(candidate) + suffix.length() > maxLength
                    ? prefix(candidate, Math.max(1, maxLength - suffix.length()))
                    : candidate;
            String name = base + suffix;
            if (!taken.test(name)) {
                return name;
            }
        }
    }

    /** Whether two database names denote the same element: exactly, or without case. */
    public boolean matches(String wanted, String actual) {
        return wanted != null && actual != null && (wanted.equals(actual) || dialect.sameIdentifier(wanted, actual));
    }

    private String strip(String tableName) {
        String name = tableName;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String prefix : rules.getStripPrefixes()) {
            if (!prefix.isEmpty() && lower.startsWith(prefix.toLowerCase(Locale.ROOT)) && name.length() > prefix.length()) {
                name = name.substring(prefix.length());
                break;
            }
        }
        lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : rules.getStripSuffixes()) {
            if (!suffix.isEmpty() && lower.endsWith(suffix.toLowerCase(Locale.ROOT)) && name.length() > suffix.length()) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return name;
    }

    private String escape(String name) {
        if (rules.isEscapeReservedWords() && LANGUAGE_KEYWORDS.contains(name)) {
            return name + "_";
        }
        return name;
    }

    /** Two names as one, the second starting with a capital so that case styles see two words. */
    private static String join(String first, String second) {
        return second.isEmpty() ? first : first + Character.toUpperCase(second.charAt(0)) + second.substring(1);
    }

    private static String pattern(String pattern, String placeholder, String value) {
        String p = pattern == null || pattern.isEmpty() ? placeholder : pattern;
        return p.replace(placeholder, value);
    }

    private static String hash(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
