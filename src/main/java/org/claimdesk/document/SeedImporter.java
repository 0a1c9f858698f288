package org.claimdesk.document;

import java.nio.ByteBuffer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.claimdesk.project.ProjectService;
import org.claimdesk.security.UserService;
import org.claimdesk.security.UserSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Imports every file under seeds/ into the project "Demo", owned by admin. Runs at every start
 * and is idempotent: a text already there (same SHA-256) is skipped.
 */
@Component
@Order(10)
// the command line (export) works on the data as it is; seeding and the first admin are for the server
@ConditionalOnWebApplication
class SeedImporter implements ApplicationRunner {
    static final String DEMO_PROJECT = "Demo";
    private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

    private final UserService users;
    private final ProjectService projects;
    private final DocumentService documents;

    SeedImporter(UserService users, ProjectService projects, DocumentService documents) {
        this.users = users;
        this.projects = projects;
        this.documents = documents;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] seeds = new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/*.txt");
        UserSummary admin = users.findByUsername("admin").orElse(null);
        if (seeds.length == 0 || admin == null) {
            return;
        }
        long projectId = projects.ensureProjectOwnedBy(DEMO_PROJECT, admin.id());
        Arrays.sort(seeds, Comparator.comparing(r -> String.valueOf(r.getFilename())));
        int imported = 0;
        for (Resource seed : seeds) {
            try (InputStream in = seed.getInputStream()) {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
                documents.importIfAbsentAsSystem(projectId, NewDocument.of(null, text, null), admin.id());
                imported++;
            } catch (CharacterCodingException e) {
                log.warn("Seed {} is not UTF-8 text; skipped.", seed.getFilename());
            } catch (RuntimeException e) {
                log.warn("Seed {} could not be imported: {}", seed.getFilename(), e.getMessage());
            }
        }
        log.info("Seeds checked: {} file(s) in project '{}'.", imported, DEMO_PROJECT);
    }
}
