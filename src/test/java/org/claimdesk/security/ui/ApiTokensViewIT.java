package org.claimdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.security.ApiToken;
import org.claimdesk.security.ApiTokenService;
import org.claimdesk.security.ui.ApiTokensView;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Creating a token shows its secret once; revoking marks it revoked. */
@ClaimDeskTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class ApiTokensViewIT extends SpringBrowserlessTest {
    @Autowired
    TestUsers testUsers;
    @Autowired
    ApiTokenService tokens;

    @BeforeEach
    void signedIn() {
        TestUsers.signIn(testUsers.newUser("tok").username());
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_new_token_is_shown_once_and_can_be_revoked() {
        navigate(ApiTokensView.class);
        test($(Button.class).withText("New token").single()).click();
        test($(TextField.class).withCaption("Name (what uses it)").single()).setValue("notebook");
        test($(Button.class).withText("Create").single()).click();
        String secret = $(TextField.class).withCaption("Your token: copy it now, it is not shown again").single().getValue();
        assertThat(secret).startsWith("cdt_");
        test($(Button.class).withText("Done").single()).click();

        Grid<ApiToken> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).name()).isEqualTo("notebook");
        assertThat(secret).startsWith(test(grid).getRow(0).prefix());
        test((Button) test(grid).getCellComponent(0, 4)).click();
        test($(Button.class).withText("Revoke").all().stream()
                .filter(b -> b.getThemeName().contains("primary")).findFirst().orElseThrow()).click();
        assertThat(tokens.mine()).singleElement().satisfies(t -> assertThat(t.active()).isFalse());
    }
}
