package org.newsgraph.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.newsgraph.export.RdfFormat;
import org.newsgraph.input.InputFormat;
import org.newsgraph.query.ResultFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --format} values by their lower-case names, in any case, and lists them for help.
 *
 * <pre>{@code @Option(names = "--format", converter = FormatConverters.Rdf.class) RdfFormat format;}</pre>
 */
final class FormatConverters {

    private FormatConverters() {
    }

    static final class Rdf implements ITypeConverter<RdfFormat> {
        @Override
        public RdfFormat convert(String value) {
            return RdfFormat.named(value).orElseThrow(() -> new TypeConversionException(
                    "unknown format '" + value + "'; use one of " + RdfFormat.labels()));
        }
    }

    static final class RdfNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(RdfFormat.values()).map(RdfFormat::label).iterator();
        }
    }

    static final class Results implements ITypeConverter<ResultFormat> {
        @Override
        public ResultFormat convert(String value) {
            return ResultFormat.named(value).orElseThrow(() -> new TypeConversionException(
                    "unknown format '" + value + "'; use one of " + ResultFormat.labels()));
        }
    }

    static final class ResultNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ResultFormat.values()).map(ResultFormat::label).iterator();
        }
    }

    static final class Input implements ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            return InputFormat.named(value).orElseThrow(() -> new TypeConversionException(
                    "unknown input format '" + value + "'; use one of " + InputFormat.labels()));
        }
    }

    static final class InputNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(InputFormat.values()).map(InputFormat::label).iterator();
        }
    }
}
