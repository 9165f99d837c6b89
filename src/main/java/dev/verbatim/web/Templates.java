package dev.verbatim.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The pages' templates (src/main/resources/templates/pages), checked against what they are given when the jar is built. */
@CheckedTemplate(basePath = "pages")
final class Templates {

    private Templates() {
    }

    static native TemplateInstance search(Views.Search page);

    static native TemplateInstance day(Views.Day page);

    static native TemplateInstance month(Views.Month page);

    static native TemplateInstance archive(Views.Archive page);

    static native TemplateInstance issuers(Views.Issuers page);

    static native TemplateInstance issuer(Views.Issuer page);

    static native TemplateInstance statement(Views.Statement page);

    static native TemplateInstance error(Views.Error page);
}
