/*
 * A minimal constant-rate HTTP/1.1 client in C, the yardstick for the native engine's scheduling lag (wrk2 is not
 * packaged for Debian). One thread, epoll, c keep-alive connections with one request in flight each. Request k is
 * due at start + k/R; a due request takes an idle connection or waits in a queue keeping its intended time, exactly
 * as the native engine does. Prints one JSON line: requests, achieved rate, dropped (none: the queue is unbounded),
 * and percentiles of scheduling lag (actual minus intended send) and of latency (response minus intended send).
 *
 *   open-loop HOST PORT PATH CONNECTIONS RATE DURATION_S WARMUP_S
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    int fd;
    int busy;
    int64_t intended;
    int64_t sent;
    size_t have;
    char buf[4096];
} conn_t;

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void die(const char *what) {
    perror(what);
    exit(1);
}

static int cmp64(const void *a, const void *b) {
    int64_t x = *(const int64_t *) a, y = *(const int64_t *) b;
    return (x > y) - (x < y);
}

static double pct_ms(int64_t *v, size_t n, double p) {
    if (n == 0) {
        return 0;
    }
    size_t i = (size_t) (p / 100.0 * (double) (n - 1) + 0.5);
    return (double) v[i] / 1e6;
}

/* complete when the header block and Content-Length bytes of body are in; returns the response length or 0 */
static size_t response_length(const conn_t *c) {
    const char *end = memmem(c->buf, c->have, "\r\n\r\n", 4);
    if (end == NULL) {
        return 0;
    }
    size_t head = (size_t) (end - c->buf) + 4;
    const char *cl = memmem(c->buf, head, "Content-Length:", 15);
    size_t body = cl ? (size_t) strtoul(cl + 15, NULL, 10) : 0;
    return c->have >= head + body ? head + body : 0;
}

int main(int argc, char **argv) {
    if (argc != 8) {
        fprintf(stderr, "usage: open-loop HOST PORT PATH CONNECTIONS RATE DURATION_S WARMUP_S\n");
        return 2;
    }
    const char *host = argv[1], *path = argv[3];
    int port = atoi(argv[2]), nconn = atoi(argv[4]);
    double rate = atof(argv[5]);
    int64_t duration = (int64_t) (atof(argv[6]) * 1e9), warmup = (int64_t) (atof(argv[7]) * 1e9);
    char request[512];
    int reqlen = snprintf(request, sizeof request, "GET %s HTTP/1.1\r\nHost: %s:%d\r\n\r\n", path, host, port);

    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((uint16_t) port) };
    if (inet_pton(AF_INET, host, &addr.sin_addr) != 1) {
        fprintf(stderr, "open-loop: HOST must be an IPv4 address\n");
        return 2;
    }
    int ep = epoll_create1(0);
    conn_t *conns = calloc((size_t) nconn, sizeof *conns);
    int *idle = malloc(sizeof(int) * (size_t) nconn);
    int nidle = 0;
    for (int i = 0; i < nconn; i++) {
        int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
        if (fd < 0 || connect(fd, (struct sockaddr *) &addr, sizeof addr) != 0) {
            die("connect");
        }
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        conns[i].fd = fd;
        struct epoll_event ev = { .events = EPOLLIN, .data.u32 = (uint32_t) i };
        epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
        idle[nidle++] = i;
    }

    size_t total = (size_t) (rate * (double) (duration + warmup) / 1e9) + 1;
    int64_t *queue = malloc(sizeof(int64_t) * total);
    int64_t *lags = malloc(sizeof(int64_t) * total);
    int64_t *latencies = malloc(sizeof(int64_t) * total);
    size_t qhead = 0, qtail = 0, recorded = 0, k = 0;
    int64_t start = now_ns() + 10000000, measure_from = start + warmup, end = measure_from + duration;
    struct epoll_event events[64];

    for (;;) {
        int64_t now = now_ns();
        int64_t due = start + (int64_t) ((double) k * 1e9 / rate);
        while (due <= now && due < end) {
            queue[qtail++] = due;
            k++;
            due = start + (int64_t) ((double) k * 1e9 / rate);
        }
        while (qhead < qtail && nidle > 0) {
            conn_t *c = &conns[idle[--nidle]];
            c->busy = 1;
            c->intended = queue[qhead++];
            c->sent = now_ns();
            if (send(c->fd, request, (size_t) reqlen, 0) != reqlen) {
                die("send");
            }
        }
        if (due >= end && qhead == qtail && nidle == nconn) {
            break;
        }
        int64_t wait = due < end ? due - now_ns() : 1000000;
        struct timespec timeout = { .tv_sec = 0, .tv_nsec = wait > 0 ? wait : 0 };
        int n = epoll_pwait2(ep, events, 64, &timeout, NULL);
        if (n < 0 && errno != EINTR) {
            die("epoll_pwait2");
        }
        for (int e = 0; e < n; e++) {
            conn_t *c = &conns[events[e].data.u32];
            ssize_t got = recv(c->fd, c->buf + c->have, sizeof c->buf - c->have, 0);
            if (got <= 0) {
                die("recv");
            }
            c->have += (size_t) got;
            size_t len = response_length(c);
            if (len == 0) {
                continue;
            }
            int64_t done = now_ns();
            if (c->intended >= measure_from) {
                lags[recorded] = c->sent - c->intended;
                latencies[recorded++] = done - c->intended;
            }
            memmove(c->buf, c->buf + len, c->have - len);
            c->have -= len;
            c->busy = 0;
            idle[nidle++] = (int) events[e].data.u32;
        }
    }
    qsort(lags, recorded, sizeof *lags, cmp64);
    qsort(latencies, recorded, sizeof *latencies, cmp64);
    printf("{\"requests\":%zu,\"actualRps\":%.1f,\"dropped\":0,"
           "\"schedulingLagMs\":{\"p50\":%.3f,\"p90\":%.3f,\"p99\":%.3f,\"p999\":%.3f,\"max\":%.3f},"
           "\"latencyMs\":{\"p50\":%.3f,\"p99\":%.3f}}\n",
            recorded, (double) recorded * 1e9 / (double) duration, pct_ms(lags, recorded, 50),
            pct_ms(lags, recorded, 90), pct_ms(lags, recorded, 99), pct_ms(lags, recorded, 99.9),
            pct_ms(lags, recorded, 100), pct_ms(latencies, recorded, 50), pct_ms(latencies, recorded, 99));
    return 0;
}
