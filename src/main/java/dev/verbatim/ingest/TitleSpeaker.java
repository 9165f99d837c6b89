package dev.verbatim.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who speaks from a title: "Foreign Ministry Spokesperson Geng Shuang's Regular Press
 * Conference", "Déclaration du porte-parole de l'Ambassade de Chine en Belgique au sujet de ...",
 * "外交部发言人华春莹就...答记者问".
 */
final class TitleSpeaker {

    private static final Pattern ENGLISH = Pattern.compile(
            "^(?:(?:Remarks|Statement|Answers?)\\s+(?:by|of)\\s+(?:the\\s+)?)?(?<issuer>.*?)\\s*\\b(?<role>Spokes(?:person|man|woman))"
                    + "(?:\\s+(?:of|for)\\s+(?:the\\s+)?(?<of>[A-Z][^,:;]*?(?=\\s+(?:on|at|about|regarding|answers|remarks)\\b|[,:;]|$)))?"
                    + "(?:\\s+(?<name>(?:[A-Z][\\p{L}-]+\\s?){1,3}?)(?:'s|’s|\\s+(?:on|at|answers|remarks|said)\\b))?");
    private static final Pattern FRENCH = Pattern.compile(
            "(?iu)(?<role>porte-parole)(?:\\s+(?:du|de la|de l['’]|des|de)\\s*(?<issuer>.+?))?(?=\\s+(?:au sujet|sur|concernant|à propos|relative|quant|lors|en réponse)\\b|[,:;(]|$)");
    private static final Pattern CHINESE = Pattern.compile(
            "^(?:\\d{4}年\\d{1,2}月\\d{1,2}日)?(?<issuer>\\p{IsHan}{2,20}?)(?<role>发言人)(?<name>\\p{IsHan}{2,4}?)(?=就|主持|答|发表|在|表示|：|:|$)");

    private static final List<String> DROPPED_ARTICLES = List.of("the ");

    private TitleSpeaker() {
    }

    static ParsedPage.Speaker of(String title) {
        if (title == null) {
            return null;
        }
        String plain = PageText.plainSpaces(title);
        Matcher zh = CHINESE.matcher(plain);
        if (zh.find()) {
            return new ParsedPage.Speaker(zh.group("issuer"), zh.group("name"), zh.group("role"));
        }
        Matcher fr = FRENCH.matcher(plain);
        if (fr.find()) {
            return new ParsedPage.Speaker(capitalise(fr.group("issuer")), null, fr.group("role").toLowerCase(Locale.ROOT));
        }
        Matcher en = ENGLISH.matcher(plain);
        if (en.find()) {
            String issuer = en.group("of") != null ? en.group("of") : en.group("issuer");
            String name = en.group("name") == null ? null : en.group("name").strip();
            return new ParsedPage.Speaker(capitalise(issuer), name, "Spokesperson");
        }
        return null;
    }

    private static String capitalise(String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return null;
        }
        String name = issuer.strip();
        for (String article : DROPPED_ARTICLES) {
            if (name.toLowerCase(Locale.ROOT).startsWith(article)) {
                name = name.substring(article.length());
            }
        }
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
