package io.sessionharness.report;

import java.util.Map;
import java.util.Optional;

/** Builds Allure's executor.json from the CI's environment (GitHub Actions, Jenkins, GitLab); empty elsewhere. */
final class CiExecutor {

    private CiExecutor() {
    }

    static Optional<String> detect(Map<String, String> env) {
        if (env.containsKey("GITHUB_ACTIONS")) {
            String run = env.getOrDefault("GITHUB_SERVER_URL", "https://github.com") + "/" + env.getOrDefault("GITHUB_REPOSITORY", "")
                    + "/actions/runs/" + env.getOrDefault("GITHUB_RUN_ID", "");
            return Optional.of(json("GitHub Actions", "github", env.getOrDefault("GITHUB_WORKFLOW", "workflow"),
                    env.getOrDefault("GITHUB_RUN_NUMBER", ""), run));
        }
        if (env.containsKey("JENKINS_URL")) {
            return Optional.of(json("Jenkins", "jenkins", env.getOrDefault("JOB_NAME", "job"),
                    env.getOrDefault("BUILD_NUMBER", ""), env.getOrDefault("BUILD_URL", "")));
        }
        if (env.containsKey("GITLAB_CI")) {
            return Optional.of(json("GitLab CI", "gitlab", env.getOrDefault("CI_PROJECT_NAME", "project"),
                    env.getOrDefault("CI_PIPELINE_IID", ""), env.getOrDefault("CI_PIPELINE_URL", "")));
        }
        if (env.containsKey("CI")) {
            return Optional.of(json("CI", "ci", "session-expiry-harness", "", ""));
        }
        return Optional.empty();
    }

    private static String json(String name, String type, String buildName, String order, String url) {
        java.util.Map<String, String> executor = new java.util.LinkedHashMap<>();
        executor.put("name", name);
        executor.put("type", type);
        executor.put("buildName", buildName + " #" + order);
        executor.put("buildOrder", order);
        executor.put("buildUrl", url);
        executor.put("reportName", "Session Expiry Harness");
        return new org.openqa.selenium.json.Json().toJson(executor) + "\n";
    }
}
