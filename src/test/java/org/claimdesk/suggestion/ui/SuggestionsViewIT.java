package org.claimdesk.suggestion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.claimdesk.dataset.DatasetImporter;
import org.claimdesk.dataset.ExportProgress;
import org.claimdesk.dataset.ImportOptions;
import org.claimdesk.suggestion.GeneratedNews;
import org.claimdesk.suggestion.SuggestionModels;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.Team;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ClaimDeskTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class SuggestionsViewIT extends SpringBrowserlessTest {
    @Autowired
    TestUsers testUsers;
    @Autowired
    DatasetImporter importer;
    @Autowired
    SuggestionModels models;

    @Test
    @SuppressWarnings("unchecked")
    void a_curator_trains_and_sees_the_models_figures_beside_the_rules_and_its_learning_curve(@TempDir Path tmp) throws Exception {
        Team team = testUsers.team().owner("owner").create().signInAs("owner");
        Path gold = tmp.resolve("gold.jsonl");
        Files.writeString(gold, GeneratedNews.jsonl(GeneratedNews.corpus(21, 12)), StandardCharsets.UTF_8);
        importer.importFile(team.project(), "gold.jsonl", gold, new ImportOptions(null, "gold", java.util.Map.of(), false),
                new ExportProgress() {
                });
        UI.getCurrent().navigate("projects/" + team.project() + "/suggestions");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).contains("No model has been trained yet: 12 documents have a gold layer"));
        assertThat($(Image.class).all()).as("no curve before a model").isEmpty();

        test($(Button.class).withText("Train now").single()).click();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!models.status(team.project()).state().equals("ready") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        UI.getCurrent().navigate("projects/" + team.project() + "/suggestions");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).contains("Learned model 1 was trained on").contains("Members get learned-tagger"));
        EvaluationGrid grid = $(EvaluationGrid.class).single();
        assertThat(test(grid).size()).isEqualTo(4);
        assertThat(test(grid).getCellText(3, 0)).isEqualTo("(all)");
        Image curve = $(Image.class).single();
        assertThat(curve.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(curve.getAlt().orElseThrow()).startsWith("Learning curve: 1 document: exact");
    }

    @Test
    void a_viewer_is_told_the_page_is_for_annotators() {
        Team team = testUsers.team().owner("owner").viewers("v").create().signInAs("v");
        UI.getCurrent().navigate("projects/" + team.project() + "/suggestions");
        assertThat($(H2.class).single().getText()).isEqualTo("Suggestions is not available");
        assertThat($(Button.class).withText("Train now").all()).isEmpty();
    }
}
