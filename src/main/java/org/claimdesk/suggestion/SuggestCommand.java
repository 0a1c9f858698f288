package org.claimdesk.suggestion;

import java.io.PrintStream;
import java.util.Map;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.project.CommandLineMember;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar claimdesk.jar suggest --project=NAME|ID [--train] [--evaluate] [--as=USER]}:
 * trains the project's model now (curators and owners) and prints its evaluation on the hold-out
 * beside the rules', with the learning curve, without the web server.
 */
@Component
public class SuggestCommand {
    public static final String USAGE = """
            Usage: java -jar claimdesk.jar suggest --project=NAME|ID [--train] [--evaluate] [--as=USER]
              --train     trains a new model on the project's gold layer now (CURATOR or OWNER)
              --evaluate  prints the newest model's evaluation on held-out gold, beside the rules'""";

    private final CommandLineMember member;
    private final SuggestionModels models;

    SuggestCommand(CommandLineMember member, SuggestionModels models) {
        this.member = member;
        this.models = models;
    }

    public int run(Map<String, String> options, PrintStream out, PrintStream err) {
        try {
            String project = options.get("project");
            if (project == null || project.isBlank() || project.equals("true")) {
                throw new InvalidInputException("--project is required.");
            }
            if (!options.containsKey("train") && !options.containsKey("evaluate")) {
                throw new InvalidInputException("Say --train, --evaluate or both.");
            }
            long projectId = member.signIn(options.get("as"), project);
            if (options.containsKey("train")) {
                StoredModel m = models.trainNow(projectId, (fraction, step) -> err.printf("\r%3.0f%% %-60s", fraction * 100, step));
                err.println();
                out.printf("Trained model %d on %d gold documents in %.1f s.%n", m.version(), m.trainedOn(), m.trainingMs() / 1000.0);
            }
            out.print(EvaluationTable.of(models.status(projectId)));
            return 0;
        } catch (InvalidInputException | NotFoundException | ForbiddenException e) {
            err.println("suggest: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
