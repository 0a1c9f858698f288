package org.claimdesk.suggestion;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.claimdesk.project.LabelDefinition;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.suggestion.tagger.GoldDocument;
import org.claimdesk.suggestion.tagger.TaggerModel;
import org.claimdesk.suggestion.tagger.TaggerSettings;
import org.springframework.stereotype.Component;

/**
 * The engine that learns: a {@link TaggerModel} trained on the project's gold layer, for whatever
 * span labels the schema has, with the links and event roles between them.
 */
@Component
class LearnedTaggerEngine implements SuggestionEngine {
    static final String ID = "learned-tagger";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public boolean supports(LabelSchema schema) {
        return !schema.spanLabels().isEmpty();
    }

    @Override
    public Optional<Model> builtIn() {
        return Optional.empty();
    }

    @Override
    public Model train(List<GoldDocument> gold, LabelSchema schema, BooleanSupplier cancelled) {
        List<String> labels = schema.spanLabels().stream().map(LabelDefinition::name).toList();
        return TaggerModel.train(gold, labels, TaggerSettings.DEFAULT, cancelled);
    }

    @Override
    public Model read(byte[] bytes) {
        return TaggerModel.read(bytes);
    }

    @Override
    public Prediction predict(String text, LabelSchema schema, Model model) {
        return ((TaggerModel) model).predict(text);
    }
}
