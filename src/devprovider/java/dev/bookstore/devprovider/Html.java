package dev.bookstore.devprovider;

/** The page shell shared by every screen of the local provider (inline CSS, no JavaScript). */
final class Html {

    private static final String STYLE = """
            *{box-sizing:border-box}
            body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;
              background:#f4f3f9;color:#1f1d2b;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
            main{width:min(420px,92vw);background:#fff;border-radius:16px;padding:32px;
              box-shadow:0 8px 32px rgba(31,29,43,.12)}
            .brand{margin:0 0 8px;color:#5d34f2;font-weight:600;font-size:14px;letter-spacing:.04em}
            h1{margin:0 0 8px;font-size:22px}
            p{margin:0 0 20px;color:#5c5a6e}
            form{margin:0 0 12px}
            button{width:100%;display:flex;align-items:center;gap:12px;padding:12px 16px;border-radius:10px;
              border:1px solid #dcdbe6;background:#fff;color:inherit;font:inherit;cursor:pointer;text-align:left}
            button:hover{border-color:#5d34f2}
            button img{width:36px;height:36px;border-radius:50%}
            button small{display:block;color:#7d7b8f;font-size:13px}
            .secondary{justify-content:center;border:none;background:transparent;color:#5c5a6e}
            .kakao{justify-content:center;background:#FEE500;border-color:#FEE500;color:#191919;font-weight:600}
            ul{padding-left:20px;color:#5c5a6e}
            """;

    private Html() {
    }

    static String page(String body) {
        return page(body, "en");
    }

    static String page(String body, String language) {
        return "<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Local Logto</title><style>" + STYLE + "</style></head><body><main>"
                + "<p class=\"brand\">Local Logto</p>" + body + "</main></body></html>";
    }

    /** A form posting the interaction and a choice to {@code /oidc/auth/submit}. */
    static String choiceForm(String interaction, String buttonAttributes, String buttonContent) {
        return "<form method=\"post\" action=\"/oidc/auth/submit\">"
                + "<input type=\"hidden\" name=\"interaction\" value=\"" + escape(interaction) + "\">"
                + "<button type=\"submit\" " + buttonAttributes + ">" + buttonContent + "</button></form>";
    }

    static String cancelForm(String interaction, String label) {
        return choiceForm(interaction, "id=\"cancel\" class=\"secondary\" name=\"action\" value=\"cancel\"",
                escape(label));
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
