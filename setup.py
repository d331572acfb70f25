"""Build glue that pyproject.toml cannot express (ADR 0130).

The repository keeps translations, icons, templates and the sample workshop in the top-level
``resources/`` folder; installed, they live inside the package as ``stormboard.resources`` so that
``importlib.resources`` finds them the same way from a checkout (editable install), a wheel and a
frozen bundle.
"""

from setuptools import find_packages, setup

setup(
    package_dir={"": "src", "stormboard.resources": "resources"},
    packages=[*find_packages("src"), "stormboard.resources"],
    package_data={
        "stormboard": ["py.typed"],
        "stormboard.export": ["*.schema.json"],  # the JSON interchange schema (ADR 0020)
        # the room's participant page and its bundled Yjs client (ADR 0122)
        "stormboard.room": ["web/*"],
        "stormboard.resources": ["**/*"],
    },
    include_package_data=False,
)
