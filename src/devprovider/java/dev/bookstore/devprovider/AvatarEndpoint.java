package dev.bookstore.devprovider;

import java.util.Arrays;
import java.util.stream.Collectors;

/** {@code GET /avatars/<key>.svg}: a circle with the demo user's initials. */
final class AvatarEndpoint implements Endpoint {

    static final String PREFIX = "/avatars/";
    private static final String SUFFIX = ".svg";

    @Override
    public Reply handle(RecordedRequest request) {
        String path = request.path();
        if (!path.startsWith(PREFIX) || !path.endsWith(SUFFIX)) {
            return Reply.notFound();
        }
        String key = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
        return DemoUsers.byKey(key).map(AvatarEndpoint::svg).orElseGet(Reply::notFound);
    }

    private static Reply svg(DemoUser user) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"96\" height=\"96\" viewBox=\"0 0 96 96\">"
                + "<circle cx=\"48\" cy=\"48\" r=\"48\" fill=\"" + colour(user) + "\"/>"
                + "<text x=\"48\" y=\"48\" dy=\".35em\" text-anchor=\"middle\" font-family=\"sans-serif\""
                + " font-size=\"36\" fill=\"#fff\">" + Html.escape(initials(user.name())) + "</text></svg>";
        return Reply.of(200, "image/svg+xml", svg).withHeader("Cache-Control", "public, max-age=3600");
    }

    private static String initials(String name) {
        return Arrays.stream(name.trim().split("\\s+")).limit(2)
                .map(word -> new String(Character.toChars(word.codePointAt(0))))
                .collect(Collectors.joining());
    }

    private static String colour(DemoUser user) {
        return switch (user.key()) {
            case "kakao" -> "#3C1E1E";
            case "admin" -> "#C2410C";
            default -> "#5D34F2";
        };
    }
}
