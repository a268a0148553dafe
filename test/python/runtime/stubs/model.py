"""Tiny pydantic-like objects for the stub SDKs: attributes plus model_dump()."""


class Model:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def model_dump(self):
        return {key: value.model_dump() if isinstance(value, Model) else value for key, value in self.__dict__.items()}
