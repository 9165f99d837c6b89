package dev.verbatim.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The methods each API path answers, read once from the resources' annotations, for the
 * {@code Allow} header of a 405 and of OPTIONS (RFC 9110, 10.2.1). The REST layer sends none with
 * its 405, and lists every method of a resource class in OPTIONS, its sub-paths' included.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*([^}]+))?}");

    /** A path template, as JAX-RS matches it: by its form, the template with more literal characters first. */
    private record Template(Pattern form, int literals, TreeSet<String> methods) {
    }

    private final List<Template> templates;

    AllowedMethods(BeanManager beans) {
        Map<String, TreeSet<String>> methodsByPath = new LinkedHashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root != null) {
                collect(root.value(), bean.getBeanClass(), methodsByPath);
            }
        }
        List<Template> all = new ArrayList<>();
        methodsByPath.forEach((path, methods) -> all.add(template(path, methods)));
        this.templates = List.copyOf(all);
    }

    /** OPTIONS of an API path (not a CORS preflight, which CORS answers first): 204 with the path's own methods. */
    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public Optional<RestResponse<Void>> options(ContainerRequestContext request) {
        if (!request.getMethod().equals(jakarta.ws.rs.HttpMethod.OPTIONS)) {
            return Optional.empty();
        }
        return of(request.getUriInfo().getRequestUri().getRawPath())
                .map(allow -> RestResponse.ResponseBuilder.<Void>noContent().header(HttpHeaders.ALLOW, allow).build());
    }

    /** The Allow header of this path, or empty where no resource answers it. */
    public Optional<String> of(String path) {
        int best = -1;
        TreeSet<String> allowed = new TreeSet<>();
        for (Template template : templates) {
            if (template.literals() >= best && template.form().matcher(path).matches()) {
                if (template.literals() > best) {
                    allowed.clear();
                    best = template.literals();
                }
                allowed.addAll(template.methods());
            }
        }
        if (allowed.isEmpty()) {
            return Optional.empty();
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        allowed.add("OPTIONS");
        return Optional.of(String.join(", ", allowed));
    }

    private static void collect(String root, Class<?> resource, Map<String, TreeSet<String>> methodsByPath) {
        for (Method method : resource.getMethods()) {
            String verb = verb(method);
            if (verb != null) {
                Path sub = method.getAnnotation(Path.class);
                String path = normalise(root + (sub == null ? "" : "/" + sub.value()));
                methodsByPath.computeIfAbsent(path, p -> new TreeSet<>()).add(verb);
            }
        }
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String normalise(String path) {
        String joined = ("/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Template template(String path, TreeSet<String> methods) {
        StringBuilder form = new StringBuilder();
        Matcher variable = VARIABLE.matcher(path);
        int literals = 0;
        int last = 0;
        while (variable.find()) {
            form.append(Pattern.quote(path.substring(last, variable.start())));
            literals += variable.start() - last;
            form.append(variable.group(1) == null ? "[^/]+" : "(?:" + variable.group(1).trim() + ")");
            last = variable.end();
        }
        form.append(Pattern.quote(path.substring(last)));
        literals += path.length() - last;
        return new Template(Pattern.compile(form + "/?"), literals, methods);
    }
}
