# Bookstore on Open Liberty. Build: docker build -t bookstore .
# Run:   docker run -p 9080:9080 -e LOGTO_ENDPOINT=... -e LOGTO_APP_ID=... -e LOGTO_APP_SECRET=... \
#            -e APP_BASE_URL=https://books.example.com bookstore
# Several members (CLUSTER=hazelcast, Kubernetes manifests): docs/DEPLOY.md.
# No setting or secret is baked into the image; a missing one stops the app at start and names it.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
COPY src ./src
COPY liberty ./liberty
# Tests run in CI, not in the image build; the WAR never contains the local provider (src/dev).
# package also copies Hazelcast (for CLUSTER=hazelcast) to target/hazelcast.
RUN mvn -B -q -Dmaven.test.skip=true package

FROM icr.io/appcafe/open-liberty:kernel-slim-java17-openj9-ubi-minimal
# Server configuration first (server.xml, cluster/ includes, hazelcast/), so features.sh installs exactly
# the features it names. Clustering's feature is named in an include that CLUSTER picks at run time:
# show that include to features.sh too, then take it away again.
COPY --chown=1001:0 liberty/ /config/
RUN mkdir -p /config/configDropins/defaults \
    && cp /config/cluster/hazelcast.xml /config/configDropins/defaults/cluster-features.xml \
    && features.sh \
    && rm /config/configDropins/defaults/cluster-features.xml
COPY --chown=1001:0 --from=build /build/target/hazelcast/ /opt/ol/wlp/usr/shared/resources/hazelcast/
COPY --chown=1001:0 --from=build /build/target/bookstore.war /config/dropins/bookstore.war
RUN configure.sh
# The base image already runs as the non-root user 1001; say so explicitly.
USER 1001
# 9080: HTTP; 5701: Hazelcast between members (CLUSTER=hazelcast only).
EXPOSE 9080 5701
