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
# the configuration that shapes a run's traffic, and scaling events (docs/environment.md): exactly these kinds
- apiGroups: [""]
  resources: [events]
  verbs: [get, list]
- apiGroups: [autoscaling]
  resources: [horizontalpodautoscalers]
  verbs: [get, list]
- apiGroups: [security.istio.io]
  resources: [peerauthentications, authorizationpolicies]
  verbs: [get, list]
- apiGroups: [networking.istio.io]
  resources: [destinationrules, virtualservices, sidecars, envoyfilters]
  verbs: [get, list]
- apiGroups: [telemetry.istio.io]
  resources: [telemetries]
  verbs: [get, list]
- apiGroups: [policy.linkerd.io]
  resources: [servers, serverauthorizations, authorizationpolicies, httproutes]
  verbs: [get, list]
- apiGroups: [linkerd.io]
  resources: [serviceprofiles]
  verbs: [get, list]
- apiGroups: [gateway.networking.k8s.io]
  resources: [httproutes, grpcroutes]
  verbs: [get, list]
{{- end -}}
