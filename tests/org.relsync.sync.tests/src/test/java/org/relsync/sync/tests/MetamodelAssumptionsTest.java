package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;
import org.relsync.model.RelSyncModel;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.ModelType;
import org.relsync.sync.report.Problem.Severity;
import org.relsync.sync.validation.Validation;

/**
 * Validation runs only the EMF basic rules that can fail on RelSync's metamodels (see
 * {@code Validation.BASIC_RULES}); these tests fail as soon as a metamodel change makes one of
 * the others matter, and check that the two it runs still find what they find.
 */
class MetamodelAssumptionsTest {

    private static List<EStructuralFeature> features() {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EPackage ePackage : RelSyncModel.packages()) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass) {
                    features.addAll(eClass.getEStructuralFeatures());
                }
            }
        }
        return features;
    }

    @Test
    void noFeatureHasALowerBoundOrAnUpperBoundOtherThanOneOrUnbounded() {
        List<String> bounded = features().stream()
                .filter(f -> f.getLowerBound() != 0 || (f.getUpperBound() != 1 && f.getUpperBound() != EStructuralFeature.UNBOUNDED_MULTIPLICITY))
                .map(f -> f.getEContainingClass().getName() + "." + f.getName()).toList();
        assertEquals(List.of(), bounded, "validation would have to run EMF's multiplicity rule again");
    }

    @Test
    void theOnlyDataTypesAreEcoresAndEnums() {
        List<String> own = new ArrayList<>();
        for (EPackage ePackage : RelSyncModel.packages()) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EDataType && !(classifier instanceof EEnum)) {
                    own.add(classifier.getName());
                }
            }
        }
        features().stream().filter(f -> f.getEType() instanceof EDataType type && !(type instanceof EEnum)
                && type.getEPackage() != EcorePackage.eINSTANCE).forEach(f -> own.add(f.getName()));
        assertEquals(List.of(), own, "validation would have to run EMF's data value rule again");
    }

    @Test
    void theOnlyOppositesAreContainersAndThereAreNoKeysOrMaps() {
        List<String> found = new ArrayList<>();
        for (EStructuralFeature feature : features()) {
            if (feature instanceof EReference reference) {
                if (reference.getEOpposite() != null && !reference.isContainment() && !reference.isContainer()) {
                    found.add("opposite " + reference.getName());
                }
                if (!reference.getEKeys().isEmpty()) {
                    found.add("keys " + reference.getName());
                }
            }
            if (feature.getEType().getInstanceClass() == Map.Entry.class) {
                found.add("map " + feature.getName());
            }
        }
        assertEquals(List.of(), found, "validation would have to run EMF's pairing, key and map-entry rules again");
    }

    @Test
    void twoElementsWithOneIdAreAnError() {
        Fixture fixture = Fixture.project("Ids");
        Entity customer = fixture.entity("Customer");
        EntityField id = Fixture.field(customer, "Id", ModelType.INT32, "id");
        EntityField name = Fixture.field(customer, "Name", ModelType.STRING);
        name.setId(id.getId());

        String code = "emf." + org.eclipse.emf.ecore.util.EObjectValidator.EOBJECT__UNIQUE_ID;
        assertTrue(Validation.validate(fixture.project).stream()
                .anyMatch(f -> f.code().equals(code) && f.severity() == Severity.ERROR),
                () -> Validation.validate(fixture.project).toString());
    }
}
