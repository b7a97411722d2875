s = '''it's "quoted" '' '''
