{{- define "meshperf.fullname" -}}
{{- if contains "meshperf" .Release.Name -}}{{ .Release.Name | trunc 50 | trimSuffix "-" }}{{- else -}}{{ printf "%s-meshperf" .Release.Name | trunc 50 | trimSuffix "-" }}{{- end -}}
{{- end -}}

{{- define "meshperf.labels" -}}
app.kubernetes.io/part-of: meshperf
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* selector labels of one service: (dict "root" $ "name" "gateway") */}}
{{- define "meshperf.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "meshperf.image" -}}
{{ .root.Values.image.repository }}/meshperf-{{ .name }}:{{ .root.Values.image.tag | default .root.Chart.AppVersion }}
{{- end -}}

{{- define "meshperf.postgresSecret" -}}{{ .Values.postgresql.existingSecret }}{{- end -}}

{{- define "meshperf.secretName" -}}{{ include "meshperf.fullname" . }}-secrets{{- end -}}

{{/* what the metrics collector may read in a namespace: its pods, workloads and their metrics */}}
{{- define "meshperf.collectorNamespacedRules" -}}
- apiGroups: [""]
  resources: [pods, services]
  verbs: [get, list, watch]
- apiGroups: [apps]
  resources: [deployments, replicasets, statefulsets, daemonsets]
  verbs: [get, list, watch]
- apiGroups: [metrics.k8s.io]
  resources: [pods]
  verbs: [get, list]
{{- end -}}
