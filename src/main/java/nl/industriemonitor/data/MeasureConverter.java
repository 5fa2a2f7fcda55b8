package nl.industriemonitor.data;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a measure by its stable internal name ("yoy_ca"), not by the Java constant. */
@Converter
public class MeasureConverter implements AttributeConverter<Measure, String> {

    @Override
    public String convertToDatabaseColumn(Measure measure) {
        return measure == null ? null : measure.code;
    }

    @Override
    public Measure convertToEntityAttribute(String code) {
        return code == null ? null : Measure.byCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown measure in database: " + code));
    }
}
