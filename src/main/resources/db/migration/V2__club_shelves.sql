-- Each book club's shelf: a Logto organization's, keyed by its id; who put a book there, by Logto user id.
CREATE TABLE club_shelf_entries (
    organization_id VARCHAR(128) NOT NULL,
    book_id         VARCHAR(36)  NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    added_by        VARCHAR(128),
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organization_id, book_id)
);
