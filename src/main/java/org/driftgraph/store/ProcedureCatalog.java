package org.driftgraph.store;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.procedure.impl.GlobalProceduresRegistry;

/**
 * The GDS and APOC procedure, function and aggregation function classes, found on the classpath.
 *
 * <p>Embedded Neo4j does not load procedures from the classpath, so every class has to be
 * registered by hand. Rather than keep a list of several hundred class names in step with two
 * libraries, the jars are scanned once: a class file qualifies when its constant pool names one of
 * the procedure annotations, which is a byte search and needs no class loading. Only the classes
 * that match are loaded.
 */
public final class ProcedureCatalog {
  /** Packages whose procedures driftgraph registers. */
  private static final List<String> PACKAGES = List.of("org/neo4j/gds/", "apoc/");

  /** The procedure namespaces that need unrestricted access to Neo4j internals. */
  public static final List<String> UNRESTRICTED = List.of("gds.*", "apoc.*");

  private static final byte[] PROCEDURE = descriptor("org/neo4j/procedure/Procedure");
  private static final byte[] FUNCTION = descriptor("org/neo4j/procedure/UserFunction");
  private static final byte[] AGGREGATION =
      descriptor("org/neo4j/procedure/UserAggregationFunction");

  private static volatile ProcedureCatalog discovered;

  private final List<Class<?>> procedures;
  private final List<Class<?>> functions;
  private final List<Class<?>> aggregationFunctions;
  private final List<String> unavailable;
  private final long scanMillis;

  private ProcedureCatalog(
      List<Class<?>> procedures,
      List<Class<?>> functions,
      List<Class<?>> aggregationFunctions,
      List<String> unavailable,
      long scanMillis) {
    this.procedures = List.copyOf(procedures);
    this.functions = List.copyOf(functions);
    this.aggregationFunctions = List.copyOf(aggregationFunctions);
    this.unavailable = List.copyOf(unavailable);
    this.scanMillis = scanMillis;
  }

  /** The catalog of this JVM's classpath, scanned on first use. */
  public static ProcedureCatalog discover() {
    ProcedureCatalog catalog = discovered;
    if (catalog == null) {
      synchronized (ProcedureCatalog.class) {
        if (discovered == null) {
          discovered = scan(classpathJars());
        }
        catalog = discovered;
      }
    }
    return catalog;
  }

  public List<Class<?>> procedures() {
    return procedures;
  }

  public List<Class<?>> functions() {
    return functions;
  }

  public List<Class<?>> aggregationFunctions() {
    return aggregationFunctions;
  }

  /** Procedure classes left out because a library they need is not on the classpath. */
  public List<String> unavailable() {
    return unavailable;
  }

  /** How long the classpath scan took. */
  public long scanMillis() {
    return scanMillis;
  }

  /**
   * Registers every class with a running DBMS. Neo4j's own registry takes them in bulk, which
   * publishes the new procedure view once instead of once for each of the ~320 classes.
   */
  public void registerInto(GlobalProcedures registry) {
    if (registry instanceof GlobalProceduresRegistry neo4jRegistry) {
      try (GlobalProceduresRegistry.BulkRegistration bulk = neo4jRegistry.bulk()) {
        registerEach(bulk);
      }
    } else {
      registerEach(registry);
    }
  }

  private void registerEach(GlobalProcedures registry) {
    try {
      for (Class<?> type : procedures) {
        registry.registerProcedure(type);
      }
      for (Class<?> type : functions) {
        registry.registerFunction(type);
      }
      for (Class<?> type : aggregationFunctions) {
        registry.registerAggregationFunction(type);
      }
    } catch (ProcedureException e) {
      throw new StoreException("cannot register GDS/APOC procedures: " + e.getMessage(), e);
    }
  }

  static ProcedureCatalog scan(List<Path> jars) {
    long started = System.nanoTime();
    List<Class<?>> procedures = new ArrayList<>();
    List<Class<?>> functions = new ArrayList<>();
    List<Class<?>> aggregations = new ArrayList<>();
    List<String> unavailable = new ArrayList<>();
    ClassLoader loader = ProcedureCatalog.class.getClassLoader();
    for (Path jar : jars) {
      try (JarFile file = new JarFile(jar.toFile())) {
        Enumeration<JarEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
          JarEntry entry = entries.nextElement();
          String name = entry.getName();
          if (!name.endsWith(".class") || PACKAGES.stream().noneMatch(name::startsWith)) {
            continue;
          }
          byte[] bytes;
          try (InputStream in = file.getInputStream(entry)) {
            bytes = in.readAllBytes();
          }
          boolean procedure = contains(bytes, PROCEDURE);
          boolean function = contains(bytes, FUNCTION);
          boolean aggregation = contains(bytes, AGGREGATION);
          if (!procedure && !function && !aggregation) {
            continue;
          }
          Class<?> type = load(loader, name);
          if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            continue;
          }
          String missing = missingDependency(type);
          if (missing != null) {
            unavailable.add(type.getName() + " (needs " + missing + ")");
            continue;
          }
          if (procedure) {
            procedures.add(type);
          }
          if (function) {
            functions.add(type);
          }
          if (aggregation) {
            aggregations.add(type);
          }
        }
      } catch (IOException e) {
        throw new StoreException(
            "cannot read " + jar + " while looking for procedures: " + e.getMessage(), e);
      }
    }
    return new ProcedureCatalog(
        procedures,
        functions,
        aggregations,
        unavailable,
        (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Some procedure classes need optional libraries that driftgraph does not ship (GDS's Arrow
   * support): their methods cannot even be listed. Returns the missing class, or null.
   */
  private static String missingDependency(Class<?> type) {
    try {
      type.getDeclaredMethods();
      return null;
    } catch (LinkageError e) {
      return e.getMessage();
    }
  }

  private static Class<?> load(ClassLoader loader, String entryName) {
    String className =
        entryName.substring(0, entryName.length() - ".class".length()).replace('/', '.');
    try {
      return Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new StoreException("cannot load procedure class " + className + ": " + e, e);
    }
  }

  /**
   * The jars of the classpath, following manifest Class-Path entries so that {@code java -jar} with
   * a {@code lib/} folder and Surefire's manifest-only jar are both covered.
   */
  static List<Path> classpathJars() {
    Set<Path> jars = new LinkedHashSet<>();
    for (String element : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!element.isBlank()) {
        addJar(Path.of(element).toAbsolutePath().normalize(), jars);
      }
    }
    return List.copyOf(jars);
  }

  private static void addJar(Path jar, Set<Path> jars) {
    if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar) || !jars.add(jar)) {
      return;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      String classPath =
          manifest == null
              ? null
              : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
      if (classPath == null) {
        return;
      }
      for (String reference : classPath.trim().split("\\s+")) {
        Path referenced =
            reference.startsWith("file:")
                ? Path.of(java.net.URI.create(reference))
                : jar.resolveSibling(reference);
        addJar(referenced.toAbsolutePath().normalize(), jars);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new StoreException("cannot read the manifest of " + jar + ": " + e.getMessage(), e);
    }
  }

  private static byte[] descriptor(String internalName) {
    return ("L" + internalName + ";").getBytes(StandardCharsets.UTF_8);
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
