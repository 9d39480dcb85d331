-- The catalog every member shares, and each user's shelf, keyed by the Logto user id (sub).
CREATE TABLE books (
    id         VARCHAR(36)  PRIMARY KEY,
    title      VARCHAR(200) NOT NULL,
    author     VARCHAR(200) NOT NULL,
    -- lower-cased "title / author": one book is listed once, whatever the case it was typed in
    same_book  VARCHAR(420) NOT NULL UNIQUE,
    added_by   VARCHAR(128),
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE shelf_entries (
    subject    VARCHAR(128) NOT NULL,
    book_id    VARCHAR(36)  NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subject, book_id)
);

INSERT INTO books (id, title, author, same_book, added_by, added_at) VALUES
    ('b-1', 'The Left Hand of Darkness', 'Ursula K. Le Guin', 'the left hand of darkness / ursula k. le guin', NULL, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00:00'),
    ('b-2', '채식주의자', '한강', '채식주의자 / 한강', NULL, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:01+00:00'),
    ('b-3', 'Le Petit Prince', 'Antoine de Saint-Exupéry', 'le petit prince / antoine de saint-exupéry', NULL, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:02+00:00');
