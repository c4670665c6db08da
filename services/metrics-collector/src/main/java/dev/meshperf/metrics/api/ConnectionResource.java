package dev.meshperf.metrics.api;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.meshperf.contracts.api.ConnectivityReport;
import dev.meshperf.contracts.api.PrometheusConnection;
import dev.meshperf.metrics.service.ConnectionService;
import dev.meshperf.metrics.service.QueryPacks;

/** Prometheus connections: create, list, read, replace, delete, and connectivity tests. Secrets never come back. */
@Path("/api/prometheus-connections")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionResource {

    @Inject
    ConnectionService connections;

    @GET
    public List<PrometheusConnection> list() {
        return connections.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PrometheusConnection input) {
        PrometheusConnection created = connections.create(input);
        return Response.created(URI.create("/api/prometheus-connections/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public PrometheusConnection get(@PathParam("id") String id) {
        return connections.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PrometheusConnection update(@PathParam("id") String id, PrometheusConnection input) {
        return connections.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        connections.delete(id);
        return Response.noContent().build();
    }

    /** Reachability, version and round trip of a saved connection. */
    @POST
    @Path("/{id}/test")
    public ConnectivityReport test(@PathParam("id") String id) {
        return connections.test(id);
    }

    /** The same for a connection that is not saved (its secret is used for this call only). */
    @POST
    @Path("/test")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConnectivityReport testUnsaved(PrometheusConnection input) {
        return connections.testUnsaved(input);
    }

    /** The query packs a connection may run. */
    @GET
    @Path("/packs")
    public List<String> packs() {
        return QueryPacks.names();
    }
}
