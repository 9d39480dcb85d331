# syntax=docker/dockerfile:1
# Bookstore on Open Liberty. Build: docker build -t bookstore .
# Run:   docker run -p 9080:9080 -e LOGTO_ENDPOINT=... -e LOGTO_APP_ID=... -e LOGTO_APP_SECRET=... \
#            -e APP_BASE_URL=https://books.example.com bookstore
# Several members (CLUSTER=hazelcast, Kubernetes manifests): docs/DEPLOY.md.
#
# The image runs exactly what the tests run: the Open Liberty runtime of the pom (io.openliberty:openliberty-runtime,
# liberty.runtime.version, installed by the build's own Maven wrapper) on a HotSpot JVM, Eclipse Temurin 17, pinned.
# No key, keystore password or LTPA file is inside: each container makes its own at first start (start-server.sh).
# DockerfileTest checks these facts on every build; docs/DEPLOY.md has the manual check for the rest.

FROM eclipse-temurin:17.0.15_6-jdk-noble AS build
WORKDIR /build
# Dependencies and the Liberty runtime first, in a layer of their own: a change to the sources reuses it.
COPY mvnw pom.xml ./
COPY .mvn ./.mvn
RUN ./mvnw -B -q -Dmaven.test.skip=true dependency:resolve liberty:install-server
COPY src ./src
COPY liberty ./liberty
# Tests run in CI, not in the image build; the WAR holds the app alone (the local provider is compiled apart).
# package also copies Hazelcast (for CLUSTER=hazelcast) to target/hazelcast, the JDBC drivers to target/jdbc and
# Bouncy Castle (the server JVM's verifier of ID token signatures, liberty/jvm.options) to target/bouncycastle.
RUN ./mvnw -B -q -Dmaven.test.skip=true package

FROM eclipse-temurin:17.0.15_6-jre-noble
# curl for the health check; user 1001 (group 0, as OpenShift runs containers) owns the server's files.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --uid 1001 --gid 0 --no-create-home --home-dir /opt/ol bookstore
COPY --from=build --chown=1001:0 /build/target/liberty/wlp /opt/ol/wlp
COPY --chown=1001:0 liberty/ /opt/ol/wlp/usr/servers/bookstore/
COPY --from=build --chown=1001:0 /build/target/hazelcast/ /opt/ol/wlp/usr/shared/resources/hazelcast/
COPY --from=build --chown=1001:0 /build/target/jdbc/ /opt/ol/wlp/usr/shared/resources/jdbc/
COPY --from=build --chown=1001:0 /build/target/bouncycastle/ /opt/ol/wlp/usr/shared/resources/bouncycastle/
COPY --from=build --chown=1001:0 /build/target/bookstore.war /opt/ol/wlp/usr/servers/bookstore/dropins/bookstore.war
COPY --chown=1001:0 --chmod=755 src/main/docker/start-server.sh /opt/ol/start-server.sh
# /config is where the docs mount Hazelcast and LTPA files, as in the official Open Liberty images.
RUN ln -s /opt/ol/wlp/usr/servers/bookstore /config \
    && cd /opt/ol/wlp/usr/servers/bookstore && mkdir -p configDropins resources workarea logs apps ltpa \
    && chown -R 1001:0 /opt/ol/wlp/usr/servers/bookstore \
    && chmod -R g+rwX /opt/ol/wlp/usr/servers/bookstore
USER 1001
ENV PATH=/opt/ol/wlp/bin:$PATH
# 9080: HTTP; 5701: Hazelcast between members (CLUSTER=hazelcast only).
EXPOSE 9080 5701
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS -o /dev/null http://127.0.0.1:9080/health/ready || exit 1
CMD ["/opt/ol/start-server.sh"]
