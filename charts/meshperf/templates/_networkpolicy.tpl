{{/*
The NetworkPolicy of one service: (dict "root" $ "name" "profile" "database" "profile").
Ingress: the gateway from networkPolicy.gatewayFrom (anyone when empty); every other service only from this
release's pods. /q/metrics from networkPolicy.metricsFrom. Egress: DNS, Kafka, PostgreSQL (services with a
database), this release's pods; runners (their targets) and the metrics collector (Prometheus, Grafana, the
Kubernetes API) anywhere but networkPolicy.blockedCidrs.
*/}}
{{- define "meshperf.networkPolicy" -}}
{{- $root := .root -}}
{{- $np := $root.Values.networkPolicy -}}
{{- $release := dict "app.kubernetes.io/part-of" "meshperf" "app.kubernetes.io/instance" $root.Release.Name -}}
{{- $kafkaPorts := $np.kafkaPorts -}}
{{- if not $kafkaPorts }}
{{- range splitList "," $root.Values.kafka.bootstrapServers }}
{{- $kafkaPorts = append $kafkaPorts (last (splitList ":" (trim .)) | int) }}
{{- end }}
{{- end }}
{{- $outward := or (hasPrefix "runner-" .name) (eq .name "metrics-collector") -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "meshperf.fullname" $root }}-{{ .name }}
  labels:
    {{- include "meshperf.labels" $root | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "meshperf.selector" (dict "root" $root "name" .name) | nindent 6 }}
  policyTypes: [Ingress, Egress]
  ingress:
    {{- if eq .name "gateway" }}
    - ports:
        - port: http
      {{- with $np.gatewayFrom }}
      from:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- else }}
    - ports:
        - port: http
      from:
        - podSelector:
            matchLabels:
              {{- toYaml $release | nindent 14 }}
    {{- end }}
    {{- with $np.metricsFrom }}
    - ports:
        - port: http
      from:
        {{- toYaml . | nindent 8 }}
    {{- end }}
  egress:
    - ports:
        - {port: 53, protocol: UDP}
        - {port: 53, protocol: TCP}
    - to:
        - podSelector:
            matchLabels:
              {{- toYaml $release | nindent 14 }}
    - ports:
        {{- range $kafkaPorts | uniq }}
        - {port: {{ . }}, protocol: TCP}
        {{- end }}
        {{- if .database }}
        - {port: {{ $root.Values.postgresql.port }}, protocol: TCP}
        {{- end }}
    {{- if $outward }}
    {{- $v4 := list }}{{ $v6 := list }}
    {{- range $np.blockedCidrs }}{{ if contains ":" . }}{{ $v6 = append $v6 . }}{{ else }}{{ $v4 = append $v4 . }}{{ end }}{{ end }}
    - to:
        - ipBlock:
            cidr: 0.0.0.0/0
            {{- with $v4 }}
            except:
              {{- toYaml . | nindent 14 }}
            {{- end }}
        - ipBlock:
            cidr: ::/0
            {{- with $v6 }}
            except:
              {{- toYaml . | nindent 14 }}
            {{- end }}
    {{- end }}
{{- end -}}
