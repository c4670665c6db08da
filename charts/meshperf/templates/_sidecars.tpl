{{/*
The tools of the fortio and Nighthawk runners, as sidecars in each runner pod. Each listens on 127.0.0.1 only (the
runner reaches it over localhost; nothing outside the pod can drive load through it), so its probes run inside the
container. The runner's own availability check asks the same address.
*/}}

{{/* fortio server; the runner calls its REST API at http://127.0.0.1:PORT/fortio/rest/ (run, status) */}}
{{- define "meshperf.fortioSidecar" -}}
{{- $f := .Values.runners.fortio.sidecar -}}
{{- $status := printf "http://127.0.0.1:%v/fortio/rest/status" $f.port -}}
- name: fortio
  image: {{ printf "%s:%s" $f.image.repository $f.image.tag | quote }}
  imagePullPolicy: {{ .Values.image.pullPolicy }}
  securityContext:
    {{- toYaml .Values.securityContext | nindent 4 }}
  # only the HTTP server with the REST API; fortio's echo, gRPC and redirect servers stay off
  args: ["server", "-http-port", "127.0.0.1:{{ $f.port }}", "-grpc-port", "disabled", "-redirect-port", "disabled",
    "-tcp-port", "disabled", "-udp-port", "disabled"]
  readinessProbe:
    exec:
      command: ["/usr/bin/fortio", "curl", {{ $status | quote }}]
    initialDelaySeconds: 2
    periodSeconds: 10
    timeoutSeconds: 5
  livenessProbe:
    exec:
      command: ["/usr/bin/fortio", "curl", {{ $status | quote }}]
    initialDelaySeconds: 10
    periodSeconds: 20
    timeoutSeconds: 5
  resources:
    {{- toYaml $f.resources | nindent 4 }}
  volumeMounts:
    # fortio's working directory (its data files)
    - name: fortio-data
      mountPath: /var/lib/fortio
    - name: tmp
      mountPath: /tmp
{{- end -}}

{{/* nighthawk_service (plaintext gRPC); the image's entrypoint is nighthawk_test_server, so the command is set */}}
{{- define "meshperf.nighthawkSidecar" -}}
{{- $n := .Values.runners.nighthawk -}}
{{- $listening := printf "exec 3<>/dev/tcp/127.0.0.1/%v" $n.port -}}
- name: nighthawk
  image: {{ printf "%s:%s" $n.sidecar.image.repository $n.sidecar.image.tag | quote }}
  imagePullPolicy: {{ .Values.image.pullPolicy }}
  securityContext:
    {{- toYaml .Values.securityContext | nindent 4 }}
  command: ["/usr/local/bin/nighthawk_service"]
  args: ["--listen", "127.0.0.1:{{ $n.port }}"]
  readinessProbe:
    exec:
      command: ["/bin/bash", "-c", {{ $listening | quote }}]
    initialDelaySeconds: 2
    periodSeconds: 10
    timeoutSeconds: 5
  livenessProbe:
    exec:
      command: ["/bin/bash", "-c", {{ $listening | quote }}]
    initialDelaySeconds: 10
    periodSeconds: 20
    timeoutSeconds: 5
  resources:
    {{- toYaml $n.sidecar.resources | nindent 4 }}
  volumeMounts:
    - name: tmp
      mountPath: /tmp
{{- end -}}
