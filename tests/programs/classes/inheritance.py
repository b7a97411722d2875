class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    sound = "meow"
    def speak(self):
        return super().speak().upper()
class Kitten(Cat):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f" (age {self.age})"
for a in [Animal("gen"), Dog("rex"), Cat("tom"), Kitten("kit", 1)]:
    print(a.speak(), a.kind(), isinstance(a, Cat))
print(issubclass(Kitten, Animal), issubclass(Dog, Cat), Kitten.__bases__, Kitten.__base__)
print([c.__name__ for c in Kitten.__mro__])
print(Dog.__subclasses__() == [], sorted(c.__name__ for c in Animal.__subclasses__()))
