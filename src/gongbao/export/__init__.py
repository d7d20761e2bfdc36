"""Export: the parsed issue in formats other tools and people read."""
