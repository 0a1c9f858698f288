package org.claimdesk.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReservedKeysTest {
    @Test
    void the_schema_refuses_exactly_the_keys_the_editors_keymap_reserves() throws Exception {
        String keymap = Files.readString(Path.of("frontend/src/keymap.ts"));
        Matcher m = Pattern.compile("reserved: '([^']*)'").matcher(keymap);
        Set<String> reserved = new TreeSet<>();
        while (m.find()) {
            reserved.addAll(Arrays.asList(m.group(1).split(" ")));
        }
        assertThat(reserved).isEqualTo(new TreeSet<>(ReservedKeys.CHARACTERS));
        assertThat(ReservedKeys.isReserved("N")).isTrue();
        assertThat(ReservedKeys.isReserved("1")).isFalse();
    }
}
