package dev.owl.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses of registries and clusters, never models, claimed before any other reader sees the line: a Helm chart or an image
 * pulled from an OCI registry ({@code helm install gw oci://cr.example.dev/acme/charts/gateway}), a container image on a registry host
 * ({@code ghcr.io/acme/server:1.0}, {@code registry.example.com/acme/llama-server}: a first path part with a dot is a host, not
 * an org) and a Kubernetes resource a {@code kubectl} command names ({@code kubectl logs deployment/llama3-8b-server}).
 */
final class RegistryAddresses {
    /**
     * An OCI URI on a registry host: a Helm chart, or a model packed as a container image ({@code oci://quay.io/acme/tiny:latest}, as
     * RamaLama converts, pushes and serves them): an image in a container registry, which names no published model (a runtime's
     * {@code oci://localai/phi-2} without a host is read as a model URI, UrlNames).
     */
    private static final Pattern OCI = Pattern.compile("(?i)oci://(?<host>[\\w-]+(?:\\.[\\w-]+)+(?::\\d+)?)/[\\w./-]+(?<tag>:[\\w.-]+)?");
    /** A container image on a registry host; the lookbehind keeps it to a token's start (not a URL's path, not an oci:// URI). */
    private static final Pattern IMAGE = Pattern.compile("(?i)(?<![\\w./:@-])(?:(?:registry|cr)\\.[\\w-]+(?:\\.[\\w-]+)+|(?:[\\w-]+\\.)*(?:docker\\.io"
            + "|ghcr\\.io|quay\\.io|nvcr\\.io|gcr\\.io|azurecr\\.io|amazonaws\\.com|ecr\\.aws|mcr\\.microsoft\\.com|pkg\\.dev))/[\\w./:@-]+");
    /** A Kubernetes resource by kind/name, as kubectl takes it. */
    private static final Pattern K8S = Pattern.compile("(?i)(?<![\\w./-])(?:deployments?|deploy|pods?|po|svc|services?|configmaps?|cm|statefulsets?"
            + "|sts|daemonsets?|ds|jobs?|cronjobs?|replicasets?|rs|secrets?|ingress(?:es)?|nodes?|namespaces?|ns|pvc|pv|hpa|crd)/[\\w.-]+");

    /** The registry hosts IMAGE knows, as plain text: a line without one needs no matcher. */
    private static final java.util.List<String> HOSTS = java.util.List.of("registry.", "cr.", "docker.io", "ghcr.io", "quay.io", "nvcr.io",
            "gcr.io", "azurecr.io", "amazonaws.com", "ecr.aws", "mcr.microsoft.com", "pkg.dev");

    private RegistryAddresses() {}

    private static boolean registryHost(String lower) {
        for (String h : HOSTS) {
            if (lower.contains(h)) {
                return true;
            }
        }
        return false;
    }

    static void claim(ScannedLine line) {
        if (line.lower.contains("oci://")) {
            Matcher m = OCI.matcher(line.text);
            while (m.find()) {
                line.spans.add(new int[] {m.start(), m.end()});
            }
        }
        if (registryHost(line.lower)) {
            Matcher m = IMAGE.matcher(line.text);
            while (m.find()) {
                line.spans.add(new int[] {m.start(), m.end()});
            }
        }
        if (line.lower.contains("kubectl")) {
            Matcher m = K8S.matcher(line.text);
            while (m.find()) {
                line.spans.add(new int[] {m.start(), m.end()});
            }
        }
    }
}
