import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExportsTree;
import com.sun.source.tree.ModuleTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Measures a module's main code: lines of code and public types per package, so that the numbers
 * before and after a change are made the same way (see .ci/surface, which runs this on a commit).
 *
 * <p>Run as {@code java .ci/Surface.java ROOT MODULE...}. For each module it reads
 * {@code MODULE/src/main/java} only (parsed, never compiled, so any commit can be measured):
 * <ul>
 *   <li>lines: all physical lines of the .java files, and lines of code, those with anything
 *       but white space and comments;
 *   <li>public types of each package: top-level and nested types that code outside the package
 *       can name, that is declared public (or members of an interface, implicitly public) inside
 *       types that are themselves such; local and anonymous classes are not counted. Packages
 *       that module-info.java exports (unqualified) are marked "exported".
 * </ul>
 */
public final class Surface {

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: java Surface.java ROOT MODULE...");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    System.out.printf("%-44s %8s %8s %6s %6s %6s%n",
        "module / package", "lines", "code", "top", "nested", "types");
    for (int i = 1; i < args.length; i++) {
      Path sources = root.resolve(args[i]).resolve("src/main/java");
      if (!Files.isDirectory(sources)) {
        System.out.printf("%-44s (absent)%n", args[i]);
        continue;
      }
      measure(args[i], sources);
    }
  }

  private static void measure(String module, Path sources) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
    long lines = 0;
    long code = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      lines += text.lines().count();
      code += codeLines(text);
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    Set<String> exported = new TreeSet<>();
    Map<String, int[]> types = new TreeMap<>(); // package -> {top-level, nested}
    try (StandardJavaFileManager manager =
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units =
          manager.getJavaFileObjectsFromPaths(files);
      JavacTask task = (JavacTask) compiler.getTask(null, manager, d -> { }, List.of(), null, units);
      for (CompilationUnitTree unit : task.parse()) {
        ModuleTree moduleTree = unit.getModule();
        if (moduleTree != null) {
          moduleTree.getDirectives().stream()
              .filter(d -> d instanceof ExportsTree && ((ExportsTree) d).getModuleNames() == null)
              .forEach(d -> exported.add(((ExportsTree) d).getPackageName().toString()));
          continue;
        }
        String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
        int[] counts = types.computeIfAbsent(pkg, p -> new int[2]);
        for (Tree tree : unit.getTypeDecls()) {
          if (tree instanceof ClassTree) {
            ClassTree type = (ClassTree) tree;
            if (type.getModifiers().getFlags().contains(Modifier.PUBLIC)) {
              counts[0]++;
              counts[1] += nested(type);
            }
          }
        }
      }
    }
    System.out.printf("%-44s %8d %8d%n", module, lines, code);
    int[] exportedTotal = new int[2];
    int[] hiddenTotal = new int[2];
    for (Map.Entry<String, int[]> e : types.entrySet()) {
      boolean isExported = exported.contains(e.getKey());
      int[] c = e.getValue();
      int[] total = isExported ? exportedTotal : hiddenTotal;
      total[0] += c[0];
      total[1] += c[1];
      System.out.printf("  %-42s %17s %6d %6d %6d%n", e.getKey(),
          isExported ? "exported" : "", c[0], c[1], c[0] + c[1]);
    }
    System.out.printf("  %-42s %17s %6d %6d %6d%n", "all exported packages", "",
        exportedTotal[0], exportedTotal[1], exportedTotal[0] + exportedTotal[1]);
    System.out.printf("  %-42s %17s %6d %6d %6d%n", "all other packages", "",
        hiddenTotal[0], hiddenTotal[1], hiddenTotal[0] + hiddenTotal[1]);
  }

  /** The public types nested, at any depth, in a public type. */
  private static int nested(ClassTree type) {
    boolean inInterface = type.getKind() == Tree.Kind.INTERFACE
        || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
    int count = 0;
    for (Tree member : type.getMembers()) {
      if (member instanceof ClassTree) {
        ClassTree inner = (ClassTree) member;
        Set<Modifier> flags = inner.getModifiers().getFlags();
        if (flags.contains(Modifier.PUBLIC) || (inInterface && !flags.contains(Modifier.PRIVATE))) {
          count += 1 + nested(inner);
        }
      }
    }
    return count;
  }

  /** Lines holding anything but white space and comments (strings and text blocks are code). */
  static long codeLines(String text) {
    long count = 0;
    boolean lineHasCode = false;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (lineHasCode) {
          count++;
        }
        lineHasCode = false;
        i++;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        i += 2;
        while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
          if (text.charAt(i) == '\n') {
            if (lineHasCode) {
              count++;
            }
            lineHasCode = false;
          }
          i++;
        }
        i += 2;
      } else if (c == '"' || c == '\'') {
        lineHasCode = true;
        boolean block = c == '"' && text.startsWith("\"\"\"", i);
        String end = block ? "\"\"\"" : String.valueOf(c);
        i += end.length();
        while (i < n && !text.startsWith(end, i)) {
          if (text.charAt(i) == '\\') {
            i++;
          }
          if (i < n && text.charAt(i) == '\n') {
            count++; // a line inside a text block
          }
          i++;
        }
        i += end.length();
      } else {
        if (!Character.isWhitespace(c)) {
          lineHasCode = true;
        }
        i++;
      }
    }
    if (lineHasCode) {
      count++;
    }
    return count;
  }

  private Surface() { }
}
