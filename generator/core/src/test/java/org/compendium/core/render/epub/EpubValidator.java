package org.compendium.core.render.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs EPUBCheck as a library and collects its fatal errors, errors and warnings as text. */
public final class EpubValidator {

    /** Every fatal error, error and warning, e.g. {@code ERROR RSC-005 EPUB/nav.xhtml:3:4 …}. */
    public static List<String> problems(Path epub) {
        CollectingReport report = new CollectingReport();
        new EpubCheck(epub.toFile(), report).doValidate();
        return List.copyOf(report.messages);
    }

    private static final class CollectingReport extends MasterReport {
        private final List<String> messages = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity == Severity.FATAL || severity == Severity.ERROR || severity == Severity.WARNING) {
                messages.add(severity + " " + message.getID() + " " + location.getPath() + ":" + location.getLine()
                        + ":" + location.getColumn() + " " + message.getMessage(args));
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }
}
