package io.sessionharness.report;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A base64 or base64url run read back as text, when it is text: the masking rules then look inside it (a state inside
 * {@code client_data}, a password inside a Basic header). Binary data (an image, random bytes) is not text.
 */
final class Base64Text {

    private Base64Text() {
    }

    static Optional<String> decode(String run) {
        String body = run.replace("=", "");
        if (body.length() % 4 == 1) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = body.indexOf('-') >= 0 || body.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(body) : Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            long printable = text.codePoints().filter(c -> c >= 0x20 && c != 0x7f || c == '\n' || c == '\r' || c == '\t').count();
            return printable == text.codePointCount(0, text.length()) ? Optional.of(text) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
