package org.obaframework.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --lang} of the HTML outputs ({@code oba report}, {@code oba curve}): one language
 * ({@code en}, {@code cy}), one bilingual page, the first language first ({@code cy+en},
 * {@code en+cy}), or two linked pages, one per language ({@code cy,en}, {@code en,cy}), written
 * to {@code --out FILE} as {@code FILE.cy.html} and {@code FILE.en.html}, each linking to the
 * other.
 */
final class LanguagesOption {
  /**
   * The languages of the HTML output.
   *
   * @param locales the languages, in order
   * @param separate whether each language has a document of its own
   */
  record Languages(List<Locale> locales, boolean separate) {
    static final Languages ENGLISH = new Languages(List.of(Locale.UK), false);

    Languages {
      locales = List.copyOf(locales);
    }
  }

  /** Reads {@link Languages}: {@code en}, {@code cy}, {@code cy+en}, {@code cy,en} ... */
  static final class Converter implements CommandLine.ITypeConverter<Languages> {
    private static final Map<String, Locale> KNOWN = Map.of("en", Locale.UK, "cy",
        Locale.forLanguageTag("cy"));

    @Override
    public Languages convert(String value) {
      String lower = value.trim().toLowerCase(Locale.ROOT);
      boolean separate = lower.contains(",");
      String[] parts = lower.split(separate ? "," : "\\+", -1);
      List<Locale> locales = new ArrayList<>();
      for (String part : parts) {
        Locale locale = KNOWN.get(part.trim());
        if (locale == null || locales.contains(locale) || parts.length > 2
            || lower.contains(",") && lower.contains("+")) {
          throw new CommandLine.TypeConversionException("'" + value + "' is not one of "
              + "en, cy (one language), cy+en, en+cy (one bilingual page, the first language "
              + "first), cy,en, en,cy (two linked pages)");
        }
        locales.add(locale);
      }
      return new Languages(locales, separate);
    }
  }

  /** The other document of a linked pair: its language and its address from this one. */
  record Link(Locale language, String href) {
  }

  /** Renders a page in some languages, linking to its translation if there is one. */
  interface Page {
    String render(List<Locale> languages, Optional<Link> translation);
  }

  @Option(names = "--lang", paramLabel = "LANGUAGES", defaultValue = "en",
      converter = Converter.class,
      description = "With --format html: en (English) or cy (Welsh: labels from the "
          + "framework, words from oba's Welsh bundle; text without Welsh yet is marked and "
          + "listed); cy+en or en+cy: one bilingual page, every heading, label and verdict in "
          + "both languages, the first first, figures once; cy,en or en,cy: two linked pages, "
          + "one per language, written to --out FILE as FILE.cy.html and FILE.en.html. "
          + "Default: ${DEFAULT-VALUE}.")
  Languages lang = Languages.ENGLISH;

  /** Whether the output is in English alone, the default. */
  boolean isEnglish() {
    return lang.equals(Languages.ENGLISH);
  }

  /** The languages of one page: one, both of a bilingual page, or the first of a pair. */
  List<Locale> ofPage() {
    return lang.separate() ? lang.locales().subList(0, 1) : lang.locales();
  }

  /**
   * The two linked pages of {@code --lang cy,en}: {@code FILE.cy.html} and {@code FILE.en.html}
   * of {@code --out FILE}, in the order of the languages; none for one page.
   *
   * @throws CommandLine.ParameterException if two pages are asked for without {@code --out}
   */
  List<Path> pages(CommandLine command, @Nullable Path out) {
    if (!lang.separate()) {
      return List.of();
    }
    if (out == null) {
      throw new CommandLine.ParameterException(command, "--lang "
          + lang.locales().get(0).getLanguage() + "," + lang.locales().get(1).getLanguage()
          + " writes two linked pages; expected --out FILE (FILE.cy.html and FILE.en.html are "
          + "written)");
    }
    String name = out.getFileName().toString().replaceFirst("(?i)\\.html?$", "");
    List<Path> pages = new ArrayList<>();
    for (Locale locale : lang.locales()) {
      pages.add(out.resolveSibling(name + "." + locale.getLanguage() + ".html"));
    }
    return pages;
  }

  /**
   * Writes the page to {@code --out} (or standard output), or the two linked pages of {@link
   * #pages}, each linking to the other, and says so on standard error.
   */
  void write(CommandLine command, @Nullable Path out, List<Path> pages, Page page) {
    if (!lang.separate()) {
      Output.write(out, command.getOut(), page.render(lang.locales(), Optional.empty()));
      return;
    }
    for (int i = 0; i < 2; i++) {
      Path other = pages.get(1 - i);
      Output.write(pages.get(i), command.getOut(), page.render(
          List.of(lang.locales().get(i)),
          Optional.of(new Link(lang.locales().get(1 - i), other.getFileName().toString()))));
    }
    command.getErr().println("Wrote " + pages.get(0) + " and " + pages.get(1)
        + ", each linking to the other");
  }
}
