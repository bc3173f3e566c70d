"""Storage owns SQLAlchemy: the ORM, the archive folder, migrations, blobs."""
