package org.relsync.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.relsync.model.common.provider.CommonItemProviderAdapterFactory;
import org.relsync.model.entity.provider.EntityItemProviderAdapterFactory;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.io.ProjectResource;
import org.relsync.model.mapping.provider.MappingItemProviderAdapterFactory;
import org.relsync.model.project.Project;
import org.relsync.model.project.provider.ProjectItemProviderAdapterFactory;
import org.relsync.model.relational.provider.RelationalItemProviderAdapterFactory;
import org.relsync.sync.edit.ProjectEditor;

/**
 * The project open in the workbench: its file, the loaded model, the editing domain whose command
 * stack holds every change (edits, quick fixes, sync runs) for undo and redo, and the
 * {@link ProjectEditor} through which edits are made, the same one the CLI uses. Plain Java: the
 * views listen to it, it knows nothing of them. One project is open at a time.
 * <p>
 * Saving goes through {@link ProjectFiles#save}: atomic, and refused when another program (the
 * CLI, a {@code git pull}) changed the file since it was read; {@link #changedOnDisk()} tells the
 * workbench to offer a reload instead.
 */
public final class ProjectSession {

    /** Told when a session opens, closes, is saved or its dirty state changes. */
    public interface Listener {
        void sessionChanged(ProjectSession session);
    }

    private static ProjectSession current;
    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();

    private Path file;
    private final Project project;
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private final ProjectEditor editor;

    private ProjectSession(Path file, Project project) {
        this.file = file;
        this.project = project;
        this.adapterFactory = newAdapterFactory();
        BasicCommandStack stack = new BasicCommandStack();
        this.domain = new AdapterFactoryEditingDomain(adapterFactory, stack, project.eResource().getResourceSet());
        this.editor = new ProjectEditor(project, domain);
        stack.addCommandStackListener(event -> {
            edits++;
            fire();
        });
    }

    /** The adapter factory of RelSync's item providers (labels, icons, children, properties). */
    public static ComposedAdapterFactory newAdapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ProjectItemProviderAdapterFactory());
        factory.addAdapterFactory(new EntityItemProviderAdapterFactory());
        factory.addAdapterFactory(new RelationalItemProviderAdapterFactory());
        factory.addAdapterFactory(new MappingItemProviderAdapterFactory());
        factory.addAdapterFactory(new CommonItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    /** Opens {@code file} (closing the session open before); throws what {@link ProjectFiles#load} throws. */
    public static ProjectSession open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return open(absolute, ProjectFiles.load(absolute));
    }

    /**
     * Opens {@code project}, just loaded from {@code file} by {@link ProjectFiles#load} (on another
     * thread: a large project takes a second or more), closing the session open before.
     */
    public static synchronized ProjectSession open(Path file, Project project) {
        Path absolute = file.toAbsolutePath().normalize();
        ProjectSession session = new ProjectSession(absolute, project);
        ProjectSession old = current;
        current = session;
        if (old != null) {
            old.adapterFactory.dispose();
        }
        fire();
        return session;
    }

    /** The open session, or {@code null}. */
    public static synchronized ProjectSession current() {
        return current;
    }

    /** Closes the open session, unsaved changes and all (the caller asked the user first). */
    public static synchronized void close() {
        ProjectSession old = current;
        current = null;
        if (old != null) {
            old.adapterFactory.dispose();
        }
        fire();
    }

    public static void addListener(Listener listener) {
        LISTENERS.add(Objects.requireNonNull(listener));
    }

    public static void removeListener(Listener listener) {
        LISTENERS.remove(listener);
    }

    private static void fire() {
        ProjectSession session = current();
        for (Listener listener : LISTENERS) {
            listener.sessionChanged(session);
        }
    }

    public Path file() {
        return file;
    }

    public Project project() {
        return project;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public ProjectEditor editor() {
        return editor;
    }

    public CommandStack commandStack() {
        return domain.getCommandStack();
    }

    private volatile boolean busy;
    /** Held by a run ({@link #sync}, {@link #change}): a run started meanwhile (the Sync view's, Live's) waits for it. */
    private final java.util.concurrent.locks.ReentrantLock running = new java.util.concurrent.locks.ReentrantLock(true);
    private volatile long runs;
    private volatile long edits;

    /** A number that changes whenever the model may have changed (a command, an undo, a run): for caches of what it shows. */
    public long generation() {
        return edits * 31 + runs;
    }

    /** How many runs (syncs, previews, wizards' changes) have changed the model off the UI thread so far. */
    public long runs() {
        return runs;
    }

    /** What a change made off the UI thread gave, with the way back to the model before it. */
    public record Outcome<T>(T value, org.eclipse.emf.ecore.change.ChangeDescription changes) {
    }

    /**
     * Makes a change to the model on the calling thread (a Job's: adding a database connects to it,
     * reverse engineering reads it) while the views keep off the model ({@link #busy()}), recording
     * it; then call {@link #record} on the UI thread so that it is one undoable entry on the command
     * stack. A change that fails is taken back whole before the exception is passed on. Runs one
     * at a time: a run already under way is waited for.
     */
    public <T> Outcome<T> change(java.util.function.Function<Project, T> change) {
        running.lock();
        try {
            busy = true;
            runs++;
            org.eclipse.emf.ecore.change.util.ChangeRecorder recorder = new org.eclipse.emf.ecore.change.util.ChangeRecorder(project);
            try {
                T value = change.apply(project);
                org.eclipse.emf.ecore.change.ChangeDescription changes = recorder.endRecording();
                return new Outcome<>(value, changes);
            } catch (RuntimeException | Error e) {
                recorder.endRecording().apply();
                throw e;
            } finally {
                recorder.dispose();
            }
        } finally {
            busy = false;
            running.unlock();
        }
    }

    /** Puts a change made by {@link #change} on the command stack (nothing when it changed nothing). */
    public void record(String label, org.eclipse.emf.ecore.change.ChangeDescription changes) {
        if (changes != null && !(changes.getObjectChanges().isEmpty() && changes.getObjectsToAttach().isEmpty()
                && changes.getObjectsToDetach().isEmpty() && changes.getResourceChanges().isEmpty())) {
            domain.getCommandStack().execute(new org.relsync.sync.edit.RecordedChangesCommand(label, changes));
        }
    }

    /**
     * Syncs the open project (SYNC-SPEC section 2) with {@code engine}, on the calling thread: a
     * Job's, as reading databases takes time. The views do not read the model meanwhile
     * ({@link #busy()}); once the run is over, call {@link #recordRun} on the UI thread so that
     * the run is one entry on the command stack. Runs one at a time: a run already under way (the
     * Sync view's, a Live change's) is waited for.
     */
    public org.relsync.sync.SyncResult sync(org.relsync.sync.SyncEngine engine, org.relsync.sync.SyncOptions options) {
        running.lock();
        busy = true;
        runs++;
        try {
            return engine.run(project, options);
        } finally {
            busy = false;
            running.unlock();
        }
    }

    /** Puts a run that changed the model on the command stack: one Undo takes the whole run back. */
    public void recordRun(String label, org.relsync.sync.SyncResult result) {
        if (result.modified() && result.changes() != null) {
            domain.getCommandStack().execute(new org.relsync.sync.edit.RecordedChangesCommand(label, result.changes()));
        }
    }

    /** Whether a sync is changing the model right now (views wait for it to end before they read). */
    public boolean busy() {
        return busy;
    }

    /** Whether there are changes since the project was opened or last saved. */
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /** Saves the project to its file, atomically; refused when the file changed on disk since it was read. */
    public void save() {
        ProjectFiles.save(project, file);
        saveListeners.forEach(listener -> listener.accept(file));
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        fire();
    }

    /** Saves the project to {@code target}, which becomes its file. */
    public void saveAs(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        ProjectFiles.save(project, absolute);
        file = absolute;
        saveListeners.forEach(listener -> listener.accept(absolute));
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        fire();
    }

    private final List<java.util.function.Consumer<Path>> saveListeners = new CopyOnWriteArrayList<>();

    /**
     * Adds what is saved with the project (the diagrams' sidecar layout file): called with the
     * project's file once the project is written there by {@link #save} or {@link #saveAs}.
     */
    public void addSaveListener(java.util.function.Consumer<Path> listener) {
        saveListeners.add(Objects.requireNonNull(listener));
    }

    public void removeSaveListener(java.util.function.Consumer<Path> listener) {
        saveListeners.remove(listener);
    }

    private FileTime seenOnDisk;

    private volatile java.util.Map<Object, List<org.relsync.sync.validation.Validation.Finding>> problems = java.util.Map.of();
    /** The {@link #generation()} the published problems were found in; none yet: -1. */
    private volatile long problemsGeneration = -1;
    private volatile List<org.relsync.sync.validation.Validation.Finding> published = List.of();
    private final List<Runnable> problemListeners = new CopyOnWriteArrayList<>();

    /** Publishes the project's latest validation (Errors &amp; Warnings does), for the explorer's decorations. */
    public void publishProblems(List<org.relsync.sync.validation.Validation.Finding> findings) {
        java.util.Map<Object, List<org.relsync.sync.validation.Validation.Finding>> byElement = new java.util.IdentityHashMap<>();
        for (var finding : findings) {
            byElement.computeIfAbsent(finding.element(), k -> new java.util.ArrayList<>()).add(finding);
        }
        problems = byElement;
        published = List.copyOf(findings);
        problemsGeneration = generation();
        problemListeners.forEach(Runnable::run);
    }

    /** The findings of the latest published validation (of the model as it is when {@link #problemsCurrent()}); none yet: empty. */
    public List<org.relsync.sync.validation.Validation.Finding> problems() {
        return published;
    }

    /** The findings of the latest published validation on {@code element}. */
    public List<org.relsync.sync.validation.Validation.Finding> problemsOf(Object element) {
        return problems.getOrDefault(element, List.of());
    }

    /**
     * Whether the latest published validation is of the model as it is now: one was published and
     * nothing changed since (publishers publish only a validation nothing changed under).
     */
    public boolean problemsCurrent() {
        return problemsGeneration == generation();
    }

    public void addProblemListener(Runnable listener) {
        problemListeners.add(listener);
    }

    public void removeProblemListener(Runnable listener) {
        problemListeners.remove(listener);
    }

    /**
     * Whether the file changed on disk in a way not yet told to the user: once told (whatever they
     * chose), the same change is not told again; a newer one is.
     */
    public boolean changedOnDiskUntold() {
        FileTime now;
        try {
            now = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
        } catch (IOException e) {
            return false;
        }
        if (now.equals(seenOnDisk) || !changedOnDisk()) {
            return false;
        }
        seenOnDisk = now;
        return true;
    }

    /**
     * Takes the file as it is now as what this session read (no "changed on disk" for it, and a
     * save writes over it) when it changed on disk no later than {@code notAfter}: the change of a
     * {@code relsync watch} this session follows, which sent a change the session synced itself,
     * saved the file, then sent the saved event of {@code notAfter}. A change written after it (another
     * program's) is still told. On the UI thread, as saves are.
     *
     * @return whether the file's change was taken
     */
    public boolean adoptDiskChange(java.time.Instant notAfter) {
        try {
            FileTime written = Files.getLastModifiedTime(file);
            if (written.toInstant().isAfter(notAfter) || !changedOnDisk()) {
                return false;
            }
            byte[] content = Files.readAllBytes(file);
            if (!written.equals(Files.getLastModifiedTime(file))) {
                return false; // written again meanwhile: not the change the event was about
            }
            ProjectFiles.adopt(project, file, content);
            seenOnDisk = written;
            return true;
        } catch (IOException e) {
            return false; // gone or unreadable: told as a change on disk
        }
    }

    /** Whether another program changed, replaced or removed the file since this session read or wrote it. */
    public boolean changedOnDisk() {
        if (!(project.eResource() instanceof ProjectResource resource) || resource.diskState() == null) {
            return false;
        }
        try {
            return !Files.exists(file) || !resource.diskState().holds(Files.readAllBytes(file));
        } catch (IOException e) {
            return true;
        }
    }
}
