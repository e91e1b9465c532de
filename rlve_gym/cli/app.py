def main():
    print("cli placeholder")
