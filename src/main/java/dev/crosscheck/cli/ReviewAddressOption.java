package dev.crosscheck.cli;

import dev.crosscheck.report.ReviewLinks;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where the review app ({@code crosscheck serve}) answers, so report.html can link each conflict to its page there.
 * Given as {@code --review-url}, or once for all runs as the environment variable {@code CROSSCHECK_REVIEW_URL}.
 */
final class ReviewAddressOption {

    @Option(names = "--review-url", paramLabel = "URL", defaultValue = "${env:CROSSCHECK_REVIEW_URL}",
            converter = Address.class,
            description = "The review app's address (what 'serve' prints, such as http://127.0.0.1:8080/): report.html "
                    + "links each conflict to its page there (default: $CROSSCHECK_REVIEW_URL; none: no links).")
    String url;

    /** Checks the address when the command line is read, so a typo is a usage error, not a broken link. */
    static final class Address implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return ReviewLinks.base(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
