package io.paddock.internal.server.guide;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.UriInfo;

/**
 * The Paddock guide and graph style, served by {@code paddock serve}'s own web server next to Neo4j Browser (same
 * origin, so Browser may fetch them): {@code :play http://HOST:PORT/paddock/guide}. Mounted by
 * {@code io.paddock.internal.server.EmbeddedServer} as a Neo4j unmanaged extension; not for use from Java.
 */
@Path("/")
public final class GuideResource {

    /**
     * @param uri the request's address, for the guide's own links
     * @return the guide's HTML slides
     */
    @GET
    @Path("guide")
    @Produces("text/html; charset=utf-8")
    public String guide(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString();
        String origin = base.substring(0, base.indexOf('/', base.indexOf("//") + 2));
        return BrowserGuide.html(origin);
    }

    /**
     * @return the graph style (GraSS) for Paddock's labels
     */
    @GET
    @Path("style.grass")
    @Produces("text/plain; charset=utf-8")
    public String style() {
        return BrowserGuide.style();
    }
}
