package dev.meshperf.contracts.api;

import java.util.List;

/**
 * One dashboard found by {@code GET /api/grafana-connections/{id}/search}: Grafana's own search hit, passed on as
 * Grafana gave it (these fields are always there; Grafana may add others).
 *
 * @param uid
 * what {@code POST /api/grafana-connections/{id}/boards} imports
 * @param url
 * the dashboard's path in Grafana
 */
public record GrafanaDashboardHit(String uid, String title, String url, String folderTitle, List<String> tags) {
}
