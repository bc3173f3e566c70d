"""kbdesk: an offline knowledge base and case archive for technical support."""

__version__ = "0.1.0"
