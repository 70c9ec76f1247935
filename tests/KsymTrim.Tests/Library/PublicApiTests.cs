using System.Reflection;
using System.Text;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Library;

/// <summary>
/// The public surface of the KsymTrim package, pinned: every public type and every public or protected member, one
/// line each, compared with <c>PublicApi.approved.txt</c> beside this file. A change to what NuGet consumers can
/// call fails here until the approved file changes with it, so it is a decision a review sees, not a side effect.
/// To accept a change, run the tests with <c>KSYMTRIM_APPROVE_API=1</c> and commit the rewritten file.
/// </summary>
[TestFixture]
public class PublicApiTests
{
    private static string ApprovedPath => Path.Combine(TestPaths.Root, "tests", "KsymTrim.Tests", "Library", "PublicApi.approved.txt");

    [Test]
    public void Public_surface_is_the_approved_one()
    {
        string actual = Describe(typeof(ModuleAnalyzer).Assembly);
        if (Environment.GetEnvironmentVariable("KSYMTRIM_APPROVE_API") == "1") File.WriteAllText(ApprovedPath, actual);
        Assert.That(File.Exists(ApprovedPath), ApprovedPath + " is missing: run with KSYMTRIM_APPROVE_API=1 to write it");
        string approved = File.ReadAllText(ApprovedPath).ReplaceLineEndings("\n");
        if (approved == actual) return;
        var want = approved.Split('\n').ToHashSet(StringComparer.Ordinal);
        var have = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        var report = new StringBuilder("The public API changed (KSYMTRIM_APPROVE_API=1 accepts it):\n");
        foreach (var line in have.Where(l => !want.Contains(l)).Order(StringComparer.Ordinal)) report.Append("+ ").AppendLine(line);
        foreach (var line in want.Where(l => !have.Contains(l)).Order(StringComparer.Ordinal)) report.Append("- ").AppendLine(line);
        Assert.Fail(report.ToString());
    }

    [Test]
    public void Description_sees_types_and_members()
    {
        string api = Describe(typeof(ModuleAnalyzer).Assembly);
        Assert.That(api, Does.Contain("KsymTrim.ModuleAnalyzer (sealed class)"));
        Assert.That(api, Does.Contain("KsymTrim.ModuleAnalyzer.GetReferences("));
        Assert.That(api, Does.Not.Contain("NativeLookupScan"), "an internal type is listed");
    }

    /// <summary>One line per public type and per public or protected member, sorted.</summary>
    internal static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            lines.Add($"{Name(type)} ({Kind(type)}{Bases(type)})");
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(all))
            {
                if (Describe(member) is { } line) lines.Add($"{Name(type)}.{line}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n";
    }

    private static string? Describe(MemberInfo member) => member switch
    {
        ConstructorInfo c when Visible(c) => $"ctor({Parameters(c)})",
        MethodInfo m when Visible(m) && !m.IsSpecialName && !m.Name.StartsWith('<') => $"{m.Name}{Generic(m)}({Parameters(m)}) -> {Name(m.ReturnType)}{(m.IsStatic ? " static" : "")}",
        PropertyInfo p when (p.GetMethod is { } g && Visible(g)) || (p.SetMethod is { } s && Visible(s)) =>
            $"{p.Name}{(p.GetIndexParameters().Length > 0 ? $"[{string.Join(", ", p.GetIndexParameters().Select(x => Name(x.ParameterType)))}]" : "")} : {Name(p.PropertyType)}" +
            $" {{{(p.GetMethod is { } g2 && Visible(g2) ? " get;" : "")}{(p.SetMethod is { } s2 && Visible(s2) ? (IsInit(s2) ? " init;" : " set;") : "")} }}",
        FieldInfo f when f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly =>
            f.DeclaringType!.IsEnum ? (f.IsStatic ? $"{f.Name} = {f.GetRawConstantValue()}" : null)
                : $"{f.Name} : {Name(f.FieldType)}{(f.IsLiteral ? $" const {f.GetRawConstantValue()}" : f.IsInitOnly ? " readonly" : "")}{(f.IsStatic && !f.IsLiteral ? " static" : "")}",
        EventInfo e when e.AddMethod is { } a && Visible(a) => $"event {e.Name} : {Name(e.EventHandlerType!)}",
        _ => null,
    };

    private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? (t.IsByRefLike ? "ref struct" : "struct")
        : typeof(Delegate).IsAssignableFrom(t) ? "delegate"
        : t.IsAbstract && t.IsSealed ? "static class" : t.IsSealed ? "sealed class" : t.IsAbstract ? "abstract class" : "class";

    private static string Bases(Type t)
    {
        var bases = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum)) bases.Add(Name(b));
        if (t.IsEnum) bases.Add(Name(Enum.GetUnderlyingType(t)));
        bases.AddRange(t.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
    }

    private static string Generic(MethodInfo m) =>
        m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Parameters(MethodBase m) =>
        string.Join(", ", m.GetParameters().Select(p =>
            (p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : "") + Name(p.ParameterType) + " " + p.Name +
            (p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")));

    private static string Name(Type t)
    {
        if (t.IsByRef) return Name(t.GetElementType()!);
        if (t.IsArray) return Name(t.GetElementType()!) + "[" + new string(',', t.GetArrayRank() - 1) + "]";
        if (t.IsGenericParameter) return t.Name;
        if (Nullable.GetUnderlyingType(t) is { } inner) return Name(inner) + "?";
        string name = t.IsNested ? Name(t.DeclaringType!) + "." + t.Name : (t.Namespace is { } ns ? ns + "." : "") + t.Name;
        if (!t.IsGenericType) return name;
        int tick = name.IndexOf('`');
        return (tick < 0 ? name : name[..tick]) + "<" + string.Join(", ", t.GetGenericArguments().Select(Name)) + ">";
    }
}
