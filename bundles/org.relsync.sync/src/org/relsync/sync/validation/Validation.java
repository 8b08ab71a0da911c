package org.relsync.sync.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.relsync.model.RelSyncModel;
import org.relsync.model.project.Project;
import org.relsync.sync.Elements;
import org.relsync.sync.dialect.DialectRegistry;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.Problem;
import org.relsync.sync.report.Problem.Severity;

/** Validates a project with EMF's {@link Diagnostician}: EMF's own constraints, then RelSync's rules. */
public final class Validation {

    /** One problem found: where, what, and the fixes with their commands. */
    public record Finding(Severity severity, String code, EObject element, String message, List<Fix> fixes) {

        /** As the reports show it. */
        public Problem toProblem() {
            return new Problem(severity, code, Elements.fullPath(element), message, fixes.stream().map(Fix::label).toList());
        }
    }

    private Validation() {
    }

    /**
     * A registry in which every RelSync package is checked by {@link #BASIC_RULES EMF's basic rules
     * that can fail on RelSync's metamodels} and {@link ProjectValidator}.
     */
    public static EValidator.Registry registry() {
        EValidator.Registry registry = new org.eclipse.emf.ecore.impl.EValidatorRegistryImpl();
        ProjectValidator rules = new ProjectValidator();
        for (EPackage ePackage : RelSyncModel.packages()) {
            registry.put(ePackage, new EValidator() {
                @Override
                public boolean validate(EObject eObject, DiagnosticChain chain, Map<Object, Object> context) {
                    return validate(eObject.eClass(), eObject, chain, context);
                }

                @Override
                public boolean validate(EClass eClass, EObject eObject, DiagnosticChain chain, Map<Object, Object> context) {
                    if (context != null && context.get(STOP) instanceof java.util.function.BooleanSupplier stop && stop.getAsBoolean()) {
                        throw new java.util.concurrent.CancellationException("validation stopped");
                    }
                    boolean basic = BASIC_RULES.validate_EveryReferenceIsContained(eObject, chain, context);
                    basic &= BASIC_RULES.validate_UniqueID(eObject, chain, context);
                    return rules.validate(eClass, eObject, chain, context) && basic;
                }

                @Override
                public boolean validate(EDataType eDataType, Object value, DiagnosticChain chain, Map<Object, Object> context) {
                    return true; // RelSync's metamodels have no data types of their own, only Ecore's and enums
                }
            });
        }
        return registry;
    }

    /**
     * EMF's basic rules, of which validation runs the two that can fail on RelSync's metamodels:
     * every referenced element is in the project (no dangling reference) and no two elements share
     * an id. The others cannot fail on these metamodels and cost half the time of a validation at
     * 5,000 tables: multiplicities (no feature has a lower bound, every upper bound is 1 or
     * unbounded; what is required is RelSync's own rules' business, with a fix), data values (no
     * data types of their own, only Ecore's and enums), paired opposites (the only opposites are containers, which EMF pairs),
     * proxies (a project is one file; references to other files are refused on load), keys and map
     * entries (none), circular containment (EMF refuses it on every add). {@code MetamodelAssumptionsTest}
     * fails when a metamodel change would make one of them matter.
     */
    private static final EObjectValidator BASIC_RULES = EObjectValidator.INSTANCE;

    /**
     * Every error and warning in the project, errors first, each in model order; identifiers are
     * checked against the generic ANSI dialect only (see {@link #validate(Project, DialectRegistry)}).
     */
    public static List<Finding> validate(Project project) {
        return validate(project, DialectRegistry.ansi());
    }

    /**
     * Every error and warning in the project, errors first, each in model order; names in the
     * Model and Mixed schemas are checked against the identifier rules of each database's dialect.
     */
    public static List<Finding> validate(Project project, DialectRegistry dialects) {
        return validate(project, dialects, () -> false);
    }

    /** The key of a validation context's {@code BooleanSupplier} that says when to stop. */
    private static final Object STOP = new Object();

    /**
     * As {@link #validate(Project, DialectRegistry)}, stopped with a
     * {@link java.util.concurrent.CancellationException} at the next element once {@code stop} says so.
     */
    public static List<Finding> validate(Project project, DialectRegistry dialects, java.util.function.BooleanSupplier stop) {
        Diagnostician diagnostician = new Diagnostician(registry());
        BasicDiagnostic root = diagnostician.createDefaultDiagnostic(project);
        java.util.Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(DialectRegistry.class, dialects);
        context.put(STOP, stop);
        diagnostician.validate(project, root, context);
        List<Finding> findings = new ArrayList<>();
        collect(root, findings);
        findings.sort((a, b) -> b.severity().compareTo(a.severity()));
        return findings;
    }

    /**
     * Ends a run's report with the project's validation: every finding the run did not report
     * itself. A finding duplicates a problem of the run when both have the same severity, element
     * path and code, a lost mapping ({@code mapping.lost}, reported by the run that lost it) counting
     * as the missing mapping validation finds ({@code mapping.missing}), a foreign key model sync could
     * not make ({@code relationship.foreignKey}) as the foreign-key fields validation finds wrong
     * ({@code relationship.fkFields}). So the report of a sync,
     * {@code relsync validate} and the workbench show the same set of problems.
     */
    public static void appendTo(ChangeReport report, Project project, DialectRegistry dialects) {
        appendTo(report, validate(project, dialects));
    }

    /** As {@link #appendTo(ChangeReport, Project, DialectRegistry)}, with the findings of a validation already made. */
    public static void appendTo(ChangeReport report, List<Finding> findings) {
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (Problem p : report.problems()) {
            reported.add(key(p));
        }
        for (Finding finding : findings) {
            Problem problem = finding.toProblem();
            if (reported.add(key(problem))) {
                report.add(problem);
            }
        }
    }

    /** Codes of a run that name what validation finds under another code, on the same element. */
    private static final java.util.Map<String, String> SAME_PROBLEM = java.util.Map.of(
            "mapping.lost", "mapping.missing", // the run lost the mapping; validation finds it missing
            "relationship.foreignKey", "relationship.fkFields"); // model sync could not make the key the fields describe

    private static String key(Problem p) {
        String code = SAME_PROBLEM.getOrDefault(p.code(), p.code());
        return p.severity() + "\u0000" + code + "\u0000" + p.path();
    }

    private static void collect(Diagnostic diagnostic, List<Finding> findings) {
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() >= Diagnostic.WARNING && !child.getData().isEmpty()
                    && child.getData().get(0) instanceof EObject element) {
                Severity severity = child.getSeverity() >= Diagnostic.ERROR ? Severity.ERROR : Severity.WARNING;
                String code = child.getData().size() > 1 && child.getData().get(1) instanceof String s ? s
                        : "emf." + child.getCode();
                List<Fix> fixes = child.getData().stream().filter(Fix.class::isInstance).map(Fix.class::cast).toList();
                findings.add(new Finding(severity, code, element, child.getMessage(), fixes));
            }
            collect(child, findings);
        }
    }
}
