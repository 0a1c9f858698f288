#!/usr/bin/env bash
# Rebuilds the committed Vaadin bundles after a change in frontend/ or a new view (needs Node 24, fetched
# from the npm registry into .node/). Commit src/main/bundles/ afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
PATH="$(scripts/install-node.sh):$PATH"
export PATH
# The production bundle is built by the production profile. Vaadin's staleness check does not
# notice a new view (route) that needs its own lazy chunk, so always build it afresh.
rm -f src/main/bundles/prod.bundle
# Vite writes into target/classes without emptying it, and the bundle zips the whole directory:
# without this, every earlier build's hashed chunks ride along (298 files where 80 are used).
rm -rf target/classes/META-INF/VAADIN/webapp target/classes/META-INF/VAADIN/config
./mvnw -B -q -Pproduction -DskipTests package
# The development bundle is built when dev mode starts; the browser test starts it and waits
# for the editor, so the bundle is complete when it passes.
./mvnw -B -q verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AnnotateSeedArticleE2E
git status --short src/main/bundles/
