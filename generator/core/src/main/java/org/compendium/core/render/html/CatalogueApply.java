package org.compendium.core.render.html;

import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import org.compendium.core.internal.Json;
import org.compendium.core.model.ApplyInfo;
import org.compendium.core.model.ApplyWindow;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Office;

/** The {@code apply} object of a policy in {@code catalogue.json}: its application data, states as of the site's date. */
final class CatalogueApply {

    private CatalogueApply() {
    }

    static String json(ApplyInfo a, Compendium compendium) {
        LocalDate date = compendium.asOf();
        StringJoiner o = new StringJoiner(", ", "{", "}");
        o.add("\"audiences\": " + list(a.audiences()));
        o.add("\"support_types\": " + list(a.supportTypes()));
        o.add("\"standard\": " + a.standard().map(Json::string).orElse("null"));
        o.add("\"no_application\": " + a.noApplication());
        StringJoiner windows = new StringJoiner(", ", "[", "]");
        a.windows().forEach(w -> windows.add(window(w, date)));
        o.add("\"windows\": " + windows);
        o.add("\"state\": " + a.stateOn(date).map(s -> Json.string(s.label())).orElse("null"));
        Office office = a.office().flatMap(compendium.config().guidance()::office).orElse(null);
        o.add("\"office\": " + (office == null ? "null" : office(office)));
        o.add("\"phone\": " + Json.string(a.phone().orElse(office == null ? "" : office.phone())));
        o.add("\"entry\": " + a.entry().map(Json::string).orElse("null"));
        o.add("\"materials\": " + list(a.materials()));
        return o.toString();
    }

    private static String window(ApplyWindow w, LocalDate date) {
        StringJoiner o = new StringJoiner(", ", "{", "}");
        o.add("\"text\": " + Json.string(w.text()));
        switch (w) {
            case ApplyWindow.Dated d -> {
                o.add("\"kind\": \"dates\"");
                o.add("\"start\": " + Json.string(d.start().toString()));
                o.add("\"end\": " + Json.string(d.end().toString()));
            }
            case ApplyWindow.Yearly y -> {
                o.add("\"kind\": \"yearly\"");
                o.add("\"start\": " + Json.string(y.from().toString().substring(2)));
                o.add("\"end\": " + Json.string(y.to().toString().substring(2)));
                o.add("\"next_year\": " + y.nextYear());
            }
            case ApplyWindow.Rolling r -> o.add("\"kind\": \"rolling\"");
        }
        o.add("\"state\": " + Json.string(w.stateOn(date).label()));
        w.occurrenceOn(date).ifPresent(occ -> o.add("\"current\": {\"start\": " + Json.string(occ.start().toString())
                + ", \"end\": " + Json.string(occ.end().toString()) + "}"));
        return o.toString();
    }

    private static String office(Office office) {
        StringJoiner o = new StringJoiner(", ", "{", "}");
        o.add("\"key\": " + Json.string(office.key()));
        o.add("\"name\": " + Json.string(office.name()));
        o.add("\"phone\": " + Json.string(office.phone()));
        o.add("\"address\": " + Json.string(office.address()));
        o.add("\"hours\": " + office.hours().map(Json::string).orElse("null"));
        return o.toString();
    }

    private static String list(List<String> values) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        values.forEach(v -> j.add(Json.string(v)));
        return j.toString();
    }
}
