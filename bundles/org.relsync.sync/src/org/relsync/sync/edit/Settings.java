package org.relsync.sync.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.relsync.model.RelSyncModel;
import org.relsync.sync.Backup;
import org.relsync.sync.naming.Naming;
import org.relsync.model.common.CommonPackage;
import org.relsync.model.common.NamingRules;
import org.relsync.model.project.Project;
import org.relsync.model.project.ProjectFactory;
import org.relsync.model.project.ProjectSettings;

/**
 * The project settings of SYNC-SPEC section 5 as {@code KEY=VALUE} pairs: the settings by their
 * spec names ({@code reflectTypeOfElementFieldInTargetField}) and the naming rules as
 * {@code naming.<rule>} ({@code naming.tableCaseStyle}). Lists are comma-separated.
 */
public final class Settings {

    private static final String NAMING = "naming.";

    private final Project project;

    private Settings(Project project) {
        this.project = project;
    }

    public static Settings of(Project project) {
        return new Settings(project);
    }

    /** Every key with its current value, settings first, then naming rules. */
    public Map<String, String> all() {
        Map<String, String> values = new LinkedHashMap<>();
        ProjectSettings settings = settings();
        for (EAttribute attribute : settings.eClass().getEAllAttributes()) {
            if (attribute != CommonPackage.Literals.ELEMENT__ID) {
                values.put(attribute.getName(), format(settings, attribute));
            }
        }
        NamingRules rules = namingRules();
        for (EAttribute attribute : rules.eClass().getEAllAttributes()) {
            if (attribute != CommonPackage.Literals.ELEMENT__ID) {
                values.put(NAMING + attribute.getName(), format(rules, attribute));
            }
        }
        return values;
    }

    public String get(String key) {
        String value = all().get(key);
        if (value == null) {
            throw unknown(key);
        }
        return value;
    }

    /** A command that sets {@code key} to {@code value}; checks both first. */
    public Command command(EditingDomain domain, String key, String value) {
        EObject owner;
        String name;
        if (key.startsWith(NAMING)) {
            owner = namingRules();
            name = key.substring(NAMING.length());
        } else {
            owner = settings();
            name = key;
        }
        EAttribute attribute = owner.eClass().getEAllAttributes().stream()
                .filter(a -> a.getName().equals(name) && a != CommonPackage.Literals.ELEMENT__ID).findFirst()
                .orElseThrow(() -> unknown(key));
        Object parsed = parse(key, attribute, value);
        if (owner instanceof NamingRules && parsed instanceof String pattern && name.endsWith("Pattern")) {
            Naming.checkPattern(name, pattern);
        }
        if (name.equals("backupFolder") && parsed instanceof String folder) {
            Backup.checkSetting(folder);
        }
        return SetCommand.create(domain, owner, attribute, parsed);
    }

    private ProjectSettings settings() {
        if (project.getSettings() == null) {
            project.setSettings(ProjectFactory.eINSTANCE.createProjectSettings());
        }
        return project.getSettings();
    }

    private NamingRules namingRules() {
        ProjectSettings settings = settings();
        if (settings.getNamingRules() == null) {
            settings.setNamingRules(RelSyncModel.newNamingRules());
        }
        return settings.getNamingRules();
    }

    private static String format(EObject owner, EAttribute attribute) {
        Object value = owner.eGet(attribute);
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(i -> items.add(String.valueOf(i)));
            return String.join(",", items);
        }
        return String.valueOf(value);
    }

    private static Object parse(String key, EAttribute attribute, String value) {
        EClassifier type = attribute.getEType();
        if (attribute.isMany()) {
            return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
        }
        if (type instanceof EEnum eEnum) {
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                if (literal.getLiteral().equalsIgnoreCase(value) || literal.getName().equalsIgnoreCase(value)) {
                    return literal.getInstance();
                }
            }
            throw new EditException(key + ": '" + value + "' is not one of "
                    + eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList());
        }
        if (type == EcorePackage.Literals.EBOOLEAN) {
            String v = value.toLowerCase(Locale.ROOT);
            if (v.equals("true") || v.equals("false")) {
                return Boolean.valueOf(v);
            }
            throw new EditException(key + ": '" + value + "' is not true or false");
        }
        if (type == EcorePackage.Literals.EINT) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n < 0) {
                    throw new EditException(key + ": must not be negative");
                }
                return n;
            } catch (NumberFormatException e) {
                throw new EditException(key + ": '" + value + "' is not a whole number");
            }
        }
        if (value.isBlank()) {
            throw new EditException(key + ": must not be empty");
        }
        return value;
    }

    private EditException unknown(String key) {
        return new EditException("unknown setting '" + key + "'; known: " + String.join(", ", all().keySet()));
    }
}
