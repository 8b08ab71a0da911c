package org.relsync.model.io;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.relsync.model.common.Element;

/**
 * The XMI resource of a {@code .relsync} project file.
 * <p>
 * Every {@link Element} gets a permanent id the moment it enters the resource; references are
 * written as those ids, so renaming or moving an element changes one line of the file, not every
 * line that points at it. Lookups by id go through a map, so loading a large project stays linear.
 */
public class ProjectResource extends XMIResourceImpl {

    /**
     * What the project file held when this resource was loaded from it or last saved to it: the
     * file (a link's target), its length and a checksum of its bytes, so a save can tell whether another
     * program wrote the file in between.
     */
    public record DiskState(java.nio.file.Path file, long length, long checksum) {

        /** Whether {@code content} is what the file held. */
        public boolean holds(byte[] content) {
            return content.length == length && ProjectFiles.checksum(content) == checksum;
        }
    }

    /** A load option: the stream holds the resource in EMF's binary form ({@link ProjectCache}), not XMI. */
    public static final String OPTION_BINARY = "org.relsync.model.io.binary";

    private DiskState diskState;
    private boolean fromCache;

    public ProjectResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        getDefaultSaveOptions().putAll(saveOptions());
        getDefaultLoadOptions().putAll(loadOptions());
    }

    /** Options that make saved files stable and readable in a diff. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new LinkedHashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        return options;
    }

    /** Options for fast, strict loading: an unknown element or attribute is an error, not a silent loss. */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new LinkedHashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE); // the tree joins the resource once, at the end: ~10 % faster
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        // a project file has no DTD: refusing any DOCTYPE shuts out external entities and entity expansion bombs at once
        options.put(XMLResource.OPTION_PARSER_FEATURES, Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));
        return options;
    }

    /** What the file held when last read or written, or {@code null} for a project never read from or written to a file. */
    public DiskState diskState() {
        return diskState;
    }

    /** Sizes the id map for a project of {@code elements} elements, so that loading a large one does not grow it step by step. */
    void expect(int elements) {
        if (getContents().isEmpty() && elements > 1024) {
            setIntrinsicIDToEObjectMap(new HashMap<>(elements * 4 / 3 + 1));
        }
    }

    /** Whether this resource was loaded from the {@link ProjectCache} rather than from its XMI. */
    public boolean loadedFromCache() {
        return fromCache;
    }

    void loadedFrom(java.nio.file.Path file, long length, long checksum) {
        diskState = new DiskState(file, length, checksum);
    }

    @Override
    protected boolean isAttachedDetachedHelperRequired() {
        return true;
    }

    @Override
    protected void attachedHelper(EObject eObject) {
        // while loading, an element is attached before its attributes are read: its id comes next,
        // from the file; elements the file gives no id get one once the load is done
        if (!isLoading() && eObject instanceof Element element && element.getId() == null) {
            element.setId(newId());
        }
        super.attachedHelper(eObject);
    }

    @Override
    public void doLoad(java.io.InputStream inputStream, Map<?, ?> options) throws java.io.IOException {
        if (options != null && Boolean.TRUE.equals(options.get(OPTION_BINARY))) {
            new org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.EObjectInputStream(inputStream, options).loadResource(this);
            fromCache = true;
            return;
        }
        super.doLoad(inputStream, options);
        for (java.util.Iterator<EObject> all = getAllContents(); all.hasNext();) {
            if (all.next() instanceof Element element && element.getId() == null) {
                element.setId(newId());
            }
        }
    }

    /** A new, globally unique element id. */
    public static String newId() {
        return EcoreUtil.generateUUID();
    }
}
