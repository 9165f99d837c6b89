package dev.verbatim.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who speaks from a title: "Foreign Ministry Spokesperson Geng Shuang's Regular Press
 * Conference", "Déclaration du porte-parole de l'Ambassade de Chine en Belgique au sujet de ...",
 * "外交部发言人华春莹就...答记者问", "外交部發言人就...答記者問", "Declaración del portavoz de ...",
 * "Erklärung des Sprechers ...", "Заявление официального представителя МИД ...", "المتحدث باسم ...",
 * "中国外交部報道官談話".
 */
final class TitleSpeaker {

    private static final Pattern ENGLISH = Pattern.compile(
            "^(?:(?:Remarks|Statement|Answers?)\\s+(?:by|of)\\s+(?:the\\s+)?)?(?<issuer>.*?)\\s*\\b(?<role>Spokes(?:person|man|woman))"
                    + "(?:\\s+(?:of|for)\\s+(?:the\\s+)?(?<of>[A-Z][^,:;]*?(?=\\s+(?:on|at|about|regarding|answers|remarks)\\b|[,:;]|$)))?"
                    + "(?:\\s+(?<name>(?:[A-Z][\\p{L}-]+\\s?){1,3}?)(?:'s|’s|\\s+(?:on|at|answers|remarks|said)\\b))?");
    /**
     * Titles that name the role first, then the issuer, then the subject: French, Spanish, German,
     * Russian and Arabic ("Déclaration du porte-parole de l'Ambassade de Chine en Belgique au sujet
     * de ...", "Declaración del portavoz de la Embajada de China en España sobre ...").
     */
    private static final List<RoleFirst> ROLE_FIRST = List.of(
            new RoleFirst("porte-parole", "porte-parole", "du|de la|de l['’]|des|de",
                    "au sujet|sur|concernant|à propos|relative|quant|lors|en réponse"),
            new RoleFirst("portavoz", "portavoz", "del|de la|de los|de las|de", "sobre|acerca|respecto|en relación|con motivo|ante"),
            new RoleFirst("sprecher(?:in|s)?", "Sprecher", "des|der|vom|von", "zu|zum|zur|über|anlässlich|am"),
            new RoleFirst("официальн\\p{L}* представител\\p{L}*", "официальный представитель", "", "по|о|об|относительно|в связи"),
            new RoleFirst("المتحدث(?:ة)?(?: الرسمي)? باسم", "المتحدث باسم", "", "حول|بشأن|عن"));
    /** Titles in Chinese (simplified or traditional) and Japanese: issuer, role, name. */
    private static final Pattern CHINESE = Pattern.compile(
            "^(?:\\d{4}年\\d{1,2}月\\d{1,2}日)?(?<issuer>\\p{IsHan}{2,20}?)(?<role>发言人|發言人|報道官)(?<name>\\p{IsHan}{2,4}?)??"
                    + "(?=就|主持|答|发表|發表|在|表示|の|談話|会見|：|:|$)");

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
        for (RoleFirst roleFirst : ROLE_FIRST) {
            Matcher role = roleFirst.pattern().matcher(plain);
            if (role.find()) {
                return new ParsedPage.Speaker(capitalise(role.group("issuer")), null, roleFirst.role());
            }
        }
        Matcher en = ENGLISH.matcher(plain);
        if (en.find()) {
            String issuer = en.group("of") != null ? en.group("of") : en.group("issuer");
            String name = en.group("name") == null ? null : en.group("name").strip();
            return new ParsedPage.Speaker(capitalise(issuer), name, "Spokesperson");
        }
        return null;
    }

    /** A role as titles write it (in any of its forms), as it is stored, and the words around the issuer's name. */
    private record RoleFirst(Pattern pattern, String role) {

        RoleFirst(String written, String role, String of, String subject) {
            this(Pattern.compile("(?iu)(?:" + written + ")(?:\\s+" + (of.isEmpty() ? "" : "(?:" + of + ")\\s*") + "(?<issuer>.+?))?"
                    + "(?=\\s+(?:" + subject + ")(?!\\p{L})|[,:;(]|$)"), role);
        }
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
