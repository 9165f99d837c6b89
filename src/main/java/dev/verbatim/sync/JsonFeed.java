package dev.verbatim.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "JsonFeed", requiredProperties = { "version", "title", "items" })
public record JsonFeed(
        @Schema(example = "https://jsonfeed.org/version/1.1") String version,
        String title,
        @JsonProperty("home_page_url") String homePageUrl,
        @JsonProperty("feed_url") String feedUrl,
        String description,
        List<Author> authors,
        List<Item> items) {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    /** One statement. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "JsonFeedItem", requiredProperties = { "id" })
    public record Item(
            @Schema(description = "The statement's id") String id,
            @Schema(description = "Where the statement is served") String url,
            String title,
            @JsonProperty("content_text") @Schema(description = "Its text, then each question and answer") String contentText,
            String summary,
            @JsonProperty("date_published") OffsetDateTime datePublished,
            @JsonProperty("date_modified") Instant dateModified,
            List<Author> authors,
            @Schema(example = "fr") String language,
            List<String> tags) {
    }

    /** Who issued it. */
    @Schema(name = "JsonFeedAuthor", requiredProperties = { "name" })
    public record Author(String name) {
    }
}
